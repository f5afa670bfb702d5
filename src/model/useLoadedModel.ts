/**
 * Loads the model once, then the details (facts, sources); a failure is kept so the app can say
 * so and offer a reload. The details failing leaves the map working: popups say what is missing.
 */
import { startTransition, useEffect, useState } from 'react'
import type { Details } from './details.ts'
import { loadDetails, loadModel } from './load.ts'
import type { Model } from './model.ts'

export type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; model: Model; details: Details | null }
  | { status: 'failed'; error: string }

/** Started when the app's code runs, before React renders: the chunks load during the first paint. */
let started: Promise<Model> | null = null
export function startLoading(): Promise<Model> {
  if (!started) {
    started = loadModel()
    // Handled here too: when the HTML's preloads (build/preloads.ts) have failed already, the
    // imports fail at once, before the hook below has subscribed, and the browser reported an
    // unhandled rejection. The hook still gets the failure and shows it with its Reload button.
    started.catch(() => undefined)
  }
  return started
}

export function useLoadedModel(): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' })
  useEffect(function loadOnce() {
    let live = true
    startLoading().then(
      (model) => {
        if (!live) return
        // Transitions: React renders the map and panels in slices of a few milliseconds that
        // yield to the browser, rather than in one long task (the page already shows the
        // static map and card meanwhile).
        startTransition(() => setState({ status: 'ready', model, details: null }))
        loadDetails().then(
          (details) => live && startTransition(() => setState({ status: 'ready', model, details })),
          () => undefined, // the popups keep saying the sources are loading; the map works
        )
      },
      (error: unknown) => live && setState({ status: 'failed', error: String(error) }),
    )
    return function ignoreLateResult() {
      live = false
    }
  }, [])
  return state
}
