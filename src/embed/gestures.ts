/**
 * What a gesture over the embedded map does (no scroll trap), as a pure decision:
 * - the wheel scrolls the host page, unless Ctrl or ⌘ is held or the reader has clicked into the
 *   map (then it zooms the map, as on the full page);
 * - on touch, one finger scrolls the page, two fingers pan and zoom the map.
 * The keyboard and the +/− buttons are never affected.
 *
 * Why not the package `leaflet-gesture-handling` (1.2.2, MIT): it takes the hint's language from
 * the browser rather than the page's `?lang=`, has no "clicked into the map" state, and ships its
 * own stylesheet to load beside ours; the part we need is this decision and a few listeners
 * (GestureGuard.tsx).
 */
export type WheelAction = 'zoom-map' | 'scroll-page'
export type Hint = 'wheel' | 'wheel-mac' | 'touch'

/** What a wheel event over the map does. */
export function wheelAction(
  e: { ctrlKey: boolean; metaKey: boolean },
  active: boolean,
): WheelAction {
  return active || e.ctrlKey || e.metaKey ? 'zoom-map' : 'scroll-page'
}

/** Whether a touch with this many fingers moves the map (else it scrolls the page). */
export function touchMovesMap(fingers: number): boolean {
  return fingers >= 2
}

/** The hint for a gesture that scrolled the page instead of moving the map. */
export function hintFor(kind: 'wheel' | 'touch', platform: string): Hint {
  if (kind === 'touch') return 'touch'
  return /mac|iphone|ipad/i.test(platform) ? 'wheel-mac' : 'wheel'
}
