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
import { FIT_MAX_ZOOM, POINT_ZOOM } from './constants.ts'
import { fitPadding, readInsets } from './insets.ts'

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
      // The covered margins (CSS custom properties on .map-wrap): the static map fits with them too.
      const padding = fitPadding(
        readInsets(map.getContainer().closest('.map-wrap') ?? map.getContainer()),
      )
      if (target && 'bounds' in target) {
        map.fitBounds(target.bounds, { maxZoom: FIT_MAX_ZOOM, ...padding, animate })
      } else if (target) {
        map.setView(target.point, Math.max(map.getZoom(), POINT_ZOOM), { animate })
      } else if (isFirst) {
        map.fitBounds(regions.peruBounds, { ...padding, animate: false })
      }
    },
    [map, focusKey],
  )
  return null
}
