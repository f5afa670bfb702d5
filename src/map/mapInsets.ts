/**
 * The part of the map that nothing covers. The panel, the selection's card, the timeline, the
 * phone's bottom sheet and the map's controls each cover a margin of the map; the margins are CSS
 * custom properties on `.map-wrap` (map/insets.css, per breakpoint, the 24 px breathing room
 * included), so the stylesheet alone knows them before any data loads, and a static first frame
 * drawn from the same CSS opens in the same place. Every fit of the live map (the whole of Peru, a
 * region, a place) uses them as Leaflet's `paddingTopLeft` / `paddingBottomRight`.
 *
 * Example: `.map-wrap { --map-inset-top: 24px; --map-inset-right: 24px; --map-inset-bottom: 100px;
 * --map-inset-left: 68px }` on a 1280×800 laptop → `paddingTopLeft: [68, 24]`,
 * `paddingBottomRight: [24, 100]`.
 */

export interface Insets {
  top: number
  right: number
  bottom: number
  left: number
}

export interface FitPadding {
  paddingTopLeft: [number, number] // [x, y] pixels: Leaflet's order
  paddingBottomRight: [number, number]
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const
export const INSET_PROPERTY = (side: (typeof SIDES)[number]) => `--map-inset-${side}`
const FALLBACK = 24 // pixels: FIT_PADDING, if the stylesheet did not define a margin
const MIN_FREE = 0.3 // the fitted box keeps at least this share of the map's width and height

/** A length as getComputedStyle gives a registered `<length>` property ("68px"); else FALLBACK. */
export function parsePx(value: string): number {
  const n = Number.parseFloat(value)
  return Number.isFinite(n) && n >= 0 && /^\s*[\d.]+(px)?\s*$/.test(value) ? n : FALLBACK
}

/** The four margins of the map's wrapper, from its computed style. */
export function readInsets(wrap: Element): Insets {
  const style = getComputedStyle(wrap)
  const read = (side: (typeof SIDES)[number]) =>
    parsePx(style.getPropertyValue(INSET_PROPERTY(side)))
  return { top: read('top'), right: read('right'), bottom: read('bottom'), left: read('left') }
}

/**
 * Leaflet's padding for a map of `size` pixels: the insets, shrunk in proportion when a small or
 * rotated screen would leave less than MIN_FREE of the map uncovered (a fit into nothing zooms out
 * to the minimum zoom).
 */
export function fitPadding(insets: Insets, size: { x: number; y: number }): FitPadding {
  const scale = (a: number, b: number, total: number) => {
    const room = total * (1 - MIN_FREE)
    return a + b > room && a + b > 0 ? room / (a + b) : 1
  }
  const sx = scale(insets.left, insets.right, size.x)
  const sy = scale(insets.top, insets.bottom, size.y)
  return {
    paddingTopLeft: [Math.round(insets.left * sx), Math.round(insets.top * sy)],
    paddingBottomRight: [Math.round(insets.right * sx), Math.round(insets.bottom * sy)],
  }
}
