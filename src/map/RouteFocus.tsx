/**
 * Moves the map to what the link selects: fits a region or an area (at most FIT_MAX_ZOOM), centres
 * a point place (at least POINT_ZOOM), or shows the whole of Peru when nothing is selected on load,
 * always into the part of the map nothing covers (mapInsets.ts: the panel, the card, the timeline,
 * the bottom sheet, the controls). On the first render a view in the link wins. Runs when the
 * selection changes, not on every pan. With `prefers-reduced-motion`, moves are jumps.
 *
 * The first fit runs in a layout effect, before react-leaflet adds any layer (in passive effects):
 * the layers are then projected once, at the opening view, instead of at the whole of Peru and
 * again at the selection (a trace of /region/ayacucho/ spent 29 ms re-projecting them).
 */
import type { LatLngBoundsExpression, Map as LeafletMap } from 'leaflet'
import { useLayoutEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import { useModel } from '../model/model.ts'
import type { BoundsTuple, LatLngTuple } from '../model/regions.ts'
import type { Selection } from '../model/selection.ts'
import { FIT_MAX_ZOOM, POINT_ZOOM } from './constants.ts'
import { fitPadding, readInsets } from './mapInsets.ts'

export type FocusTarget = { bounds: BoundsTuple } | { point: LatLngTuple } | null

/** What the map opens on for a selection: a region's or an area's bounds, a point, or nothing. */
export function focusOf(selection: Selection): FocusTarget {
  if (selection.kind === 'region') return { bounds: selection.region.bounds }
  if (selection.kind !== 'place') return null
  const { entry } = selection
  return entry.bounds ? { bounds: entry.bounds } : { point: entry.anchor }
}

interface Props {
  target: FocusTarget
  focusKey: string // changes when the selection changes
  hasLinkView: boolean
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

/** Fits `bounds` into the uncovered part of the map (a point's bounds: centred at `maxZoom`). */
export function fitUncovered(
  map: LeafletMap,
  bounds: LatLngBoundsExpression,
  options: { maxZoom?: number; animate: boolean },
): void {
  const wrap = map.getContainer().closest('.map-wrap') ?? map.getContainer()
  map.fitBounds(bounds, { ...options, ...fitPadding(readInsets(wrap), map.getSize()) })
}

export function RouteFocus({ target, focusKey, hasLinkView }: Props) {
  const map = useMap()
  const { regions } = useModel()
  const first = useRef(true)

  // biome-ignore lint/correctness/useExhaustiveDependencies: the target follows focusKey; refitting on a new object for the same selection would undo the reader's pan
  useLayoutEffect(
    function fitSelection() {
      const isFirst = first.current
      first.current = false
      if (isFirst && hasLinkView) return
      const animate = !isFirst && !prefersReducedMotion()
      if (target && 'bounds' in target) {
        fitUncovered(map, target.bounds, { maxZoom: FIT_MAX_ZOOM, animate })
      } else if (target) {
        const { point } = target
        const zoom = Math.max(map.getZoom(), POINT_ZOOM)
        fitUncovered(map, [point, point], { maxZoom: zoom, animate })
      } else if (isFirst) {
        fitUncovered(map, regions.peruBounds, { animate: false })
      }
    },
    [map, focusKey],
  )
  return null
}
