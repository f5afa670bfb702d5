/**
 * Moves the map to what the link selects: fits a region or an area (at most FIT_MAX_ZOOM), centres
 * a point place, or shows the whole of Peru when nothing is selected on load. On the first render a
 * view in the link wins. Runs when the selection changes, not on every pan.
 * With `prefers-reduced-motion`, moves are jumps instead of animations.
 */
import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import { useModel } from '../model/model.ts'
import type { BoundsTuple, LatLngTuple } from '../model/regions.ts'
import { FIT_MAX_ZOOM, FIT_PADDING, POINT_ZOOM } from './constants.ts'
import { fitPeru } from './fitPeru.ts'

const IN_VIEW = -0.1 // the view shrunk by 10 % of its size on each side: "well inside"

export type FocusTarget = { bounds: BoundsTuple } | { point: LatLngTuple } | null

interface Props {
  target: FocusTarget
  focusKey: string // changes when the selection changes
  hasLinkView: boolean
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

export function RouteFocus({ target, focusKey, hasLinkView }: Props) {
  const map = useMap()
  const { regions } = useModel()
  const first = useRef(true)

  // biome-ignore lint/correctness/useExhaustiveDependencies: the target follows focusKey; refitting on a new object for the same selection would undo the reader's pan
  useEffect(
    function fitSelection() {
      const isFirst = first.current
      first.current = false
      if (isFirst && hasLinkView) return
      const animate = !isFirst && !prefersReducedMotion()
      if (target && 'bounds' in target) {
        map.fitBounds(target.bounds, { maxZoom: FIT_MAX_ZOOM, padding: FIT_PADDING, animate })
      } else if (target) {
        // A point well inside the view keeps the reader's zoom and view; else the map flies to it.
        if (!isFirst && map.getBounds().pad(IN_VIEW).contains(target.point)) return
        map.setView(target.point, Math.max(map.getZoom(), POINT_ZOOM), { animate })
      } else if (isFirst) {
        fitPeru(map, regions.peruBounds, false) // clear of the timeline and the legend
      }
    },
    [map, focusKey],
  )
  return null
}
