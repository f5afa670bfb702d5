/**
 * The React side of the share link: a thin hook around the pure url.ts.
 *
 * `pushState`/`replaceState` fire no events (STYLE.md pitfall 10), so `navigate` notifies the
 * hook's subscribers itself; Back and Forward arrive as `popstate`.
 */
import { useSyncExternalStore } from 'react'
import { appRoot, toAbsolute, toRelative } from './root.ts'
import { parse, serialize, type UrlState } from './url.ts'

const listeners = new Set<() => void>()
let cachedHref = ''
let cachedState: UrlState | null = null

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return function unsubscribe() {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

/** The state in the address bar now; the same object while the address is unchanged. */
export function readUrlState(): UrlState {
  const href = window.location.href
  if (cachedState === null || href !== cachedHref) {
    cachedHref = href
    cachedState = parse(toRelative(window.location, appRoot()))
  }
  return cachedState
}

/** The absolute share link for a state. */
export function shareLink(state: UrlState): string {
  return toAbsolute(serialize(state), appRoot())
}

/**
 * Writes a state to the address bar. `push` makes a history entry (selecting a region, so Back
 * closes it); `replace` does not (the view while panning, canonical rewrites).
 */
export function navigate(state: UrlState, mode: 'push' | 'replace'): void {
  const href = shareLink(state)
  if (href === window.location.href) return
  if (mode === 'push') window.history.pushState(null, '', href)
  else window.history.replaceState(null, '', href)
  for (const listener of listeners) listener()
}

export function useUrlState(): UrlState {
  return useSyncExternalStore(subscribe, readUrlState, readUrlState)
}
