/**
 * Touch targets: on a phone (a coarse pointer, or a screen no wider than a phone's) every symbol
 * is at least TOUCH_RADIUS, so its click target is at least 24 px across (WCAG 2.2 target size).
 * Read once: a phone does not become a laptop while the page is open.
 */
const TOUCH_RADIUS = 12 // pixels: a 24 px target, WCAG 2.2 "target size (minimum)"
const PHONE_QUERY = '(pointer: coarse), (max-width: 600px)'

const isPhone = typeof window !== 'undefined' && (window.matchMedia?.(PHONE_QUERY).matches ?? false)

/** The symbol's radius in pixels, raised to the touch minimum on phones. */
export function touchRadius(radius: number): number {
  return isPhone ? Math.max(radius, TOUCH_RADIUS) : radius
}
