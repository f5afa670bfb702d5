/**
 * The map's covered margins (panel, card, timeline, bottom sheet), read from CSS custom
 * properties on `.map-wrap` (and `.static-frame`, the static map in the HTML):
 * --map-inset-top, --map-inset-right, --map-inset-bottom, --map-inset-left, in pixels.
 * The live map's opening fit and the static frame keep the selection out of them
 * (Leaflet's paddingTopLeft = [left, top], paddingBottomRight = [right, bottom]).
 */
import type { Insets } from './frame.ts'

const FALLBACK = 24 // px: FIT_PADDING, when the stylesheet sets no inset

function px(style: CSSStyleDeclaration, side: keyof Insets): number {
  const value = Number.parseFloat(style.getPropertyValue(`--map-inset-${side}`))
  return Number.isFinite(value) ? value : FALLBACK
}

/** The insets in force on `element` (the map's wrapper or the static frame). */
export function readInsets(element: Element): Insets {
  const style = getComputedStyle(element)
  return {
    top: px(style, 'top'),
    right: px(style, 'right'),
    bottom: px(style, 'bottom'),
    left: px(style, 'left'),
  }
}

/** Leaflet's fitBounds padding options for the insets. */
export function fitPadding(insets: Insets): {
  paddingTopLeft: [number, number]
  paddingBottomRight: [number, number]
} {
  return {
    paddingTopLeft: [insets.left, insets.top],
    paddingBottomRight: [insets.right, insets.bottom],
  }
}
