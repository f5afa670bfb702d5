/**
 * Fits the whole of Peru into the part of the map nothing covers: the timeline along the bottom
 * and the legend in the top-right corner are measured, and the fit keeps clear of them.
 */
import type { Map as LeafletMap, PointTuple } from 'leaflet'
import type { BoundsTuple } from '../model/regions.ts'

const EDGE = 12 // pixels of sea between Peru and the map's edge or a covering box
const COVERS_BOTTOM = '.timeline-dock' // spans the map's width at its foot
const COVERS_RIGHT = '.map-legend-box' // a column in the top-right corner

/** Leaflet's fit paddings (pixels) for what covers the map now. */
export function uncoveredPadding(map: LeafletMap): {
  topLeft: PointTuple
  bottomRight: PointTuple
} {
  const box = map.getContainer().getBoundingClientRect()
  const bottom = document.querySelector(COVERS_BOTTOM)?.getBoundingClientRect()
  const right = document.querySelector(COVERS_RIGHT)?.getBoundingClientRect()
  const fromBottom = bottom && bottom.height > 0 ? Math.max(0, box.bottom - bottom.top) : 0
  // The legend covers the right only where it is wide: a collapsed button covers next to nothing.
  const fromRight = right && right.width > 120 ? Math.max(0, box.right - right.left) : 0
  // Peru is taller than wide: keep the side clear only if that still leaves most of the width.
  const side = fromRight < box.width * 0.4 ? fromRight : 0
  return { topLeft: [EDGE, EDGE], bottomRight: [EDGE + side, EDGE + fromBottom] }
}

export function fitPeru(map: LeafletMap, peru: BoundsTuple, animate: boolean): void {
  const { topLeft, bottomRight } = uncoveredPadding(map)
  map.fitBounds(peru, { paddingTopLeft: topLeft, paddingBottomRight: bottomRight, animate })
}
