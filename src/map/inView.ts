/**
 * Whether a point is comfortably inside the map's view: at least IN_VIEW_MARGIN from every edge,
 * so its symbol and the start of its card are not cut off. Selecting such a point leaves the
 * view alone (RouteFocus.tsx) instead of flying to zoom 8 and losing the reader's place.
 */
import type { Map as LeafletMap } from 'leaflet'
import type { LatLngTuple } from '../model/regions.ts'

const IN_VIEW_MARGIN = 40 // pixels from the map's edge

export function pointInView(map: LeafletMap, point: LatLngTuple): boolean {
  const p = map.latLngToContainerPoint(point)
  const size = map.getSize()
  return (
    p.x >= IN_VIEW_MARGIN &&
    p.y >= IN_VIEW_MARGIN &&
    p.x <= size.x - IN_VIEW_MARGIN &&
    p.y <= size.y - IN_VIEW_MARGIN
  )
}
