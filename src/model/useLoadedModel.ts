/** Loads the model once; a failure is kept so the app can say so and offer a reload. */
import { useEffect, useState } from 'react'
import { loadModel } from './load.ts'
import type { Model } from './model.ts'

export type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; model: Model }
  | { status: 'failed'; error: string }

export function useLoadedModel(): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' })
  useEffect(function loadOnce() {
    let live = true
    loadModel().then(
      (model) => live && setState({ status: 'ready', model }),
      (error: unknown) => live && setState({ status: 'failed', error: String(error) }),
    )
    return function ignoreLateResult() {
      live = false
    }
  }, [])
  return state
}
