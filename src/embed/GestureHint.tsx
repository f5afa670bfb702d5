/**
 * The short hint shown when a gesture scrolled the host page instead of the map ("Use Ctrl +
 * scroll to zoom the map"), in the reader's language; it fades after HINT_MS.
 */
import { useEffect } from 'react'
import type { Lang } from '../i18n/lang.ts'
import { SHARE_STRINGS } from '../i18n/shareStrings.ts'
import type { Hint } from './gestures.ts'

const HINT_MS = 1500 // ms: long enough to read five words, short enough not to cover the map

const TEXT = {
  wheel: 'gestureWheel',
  'wheel-mac': 'gestureWheelMac',
  touch: 'gestureTouch',
} as const

export function GestureHint({
  hint,
  lang,
  onDone,
}: {
  hint: Hint | null
  lang: Lang
  onDone: () => void
}) {
  useEffect(
    function hideLater() {
      if (hint === null) return
      const timer = window.setTimeout(onDone, HINT_MS)
      return function cancel() {
        window.clearTimeout(timer)
      }
    },
    [hint, onDone],
  )
  return (
    <div className={hint ? 'gesture-hint visible' : 'gesture-hint'} aria-live="polite">
      {hint ? SHARE_STRINGS[lang][TEXT[hint]] : ''}
    </div>
  )
}
