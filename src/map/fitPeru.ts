/**
 * Fits the whole of Peru into the part of the map nothing covers: the timeline along the foot of
 * the map and the legend's box in its top-right corner (when the box is open and leaves most of
 * the width) are measured, and the fit keeps clear of them.
 */
import type { Map as LeafletMap } from 'leaflet'
import type { BoundsTuple } from '../model/regions.ts'

const EDGE = 12 // pixels of sea between Peru and the map's edge or a covering box

export function fitPeru(map: LeafletMap, peru: BoundsTuple, animate: boolean): void {
  const box = map.getContainer().getBoundingClientRect()
  const dock = document.querySelector('.timeline-dock')?.getBoundingClientRect()
  const legend = document.querySelector('.map-legend-box')?.getBoundingClientRect()
  const bottom = dock?.height ? box.bottom - dock.top : 0
  const right = legend && legend.width > 120 ? box.right - legend.left : 0
  map.fitBounds(peru, {
    paddingTopLeft: [EDGE, EDGE],
    paddingBottomRight: [EDGE + (right < box.width * 0.4 ? right : 0), EDGE + bottom],
    animate,
  })
}
