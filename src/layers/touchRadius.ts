/**
 * Point symbols are touch-sized on phones. Shared by the live map (placeStyle.ts) and the static
 * first frame's script (map/staticFrameBoot.ts), so the static symbols are the size the live map
 * will draw: no jump at the hand-over. Kept apart from placeStyle.ts so the frame script stays
 * small.
 */
export const TOUCH_RADIUS = 12 // pixels: a 24 px target on phones, WCAG 2.2 "target size (minimum)"
/** A phone: a coarse pointer, or a screen no wider than a phone's. */
export const PHONE_QUERY = '(pointer: coarse), (max-width: 600px)'

/** A symbol's radius: on phones at least TOUCH_RADIUS. */
export function touchRadius(radius: number, phone: boolean): number {
  return phone ? Math.max(radius, TOUCH_RADIUS) : radius
}
