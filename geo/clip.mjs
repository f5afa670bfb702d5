/**
 * Picks and clips world-atlas countries' parts by box. Parts are picked by their own bounding
 * boxes: a few parts run along the antimeridian (Fiji's), and their 360°-wide boxes would
 * otherwise take in the whole window. The basemap clips after simplifying: polyclip then works
 * on hundreds of vertices, not 10m countries (8 of 11 s of CPU), and it drops the collinear
 * points of a border the same way on both sides.
 */
import { bbox, bboxPolygon, featureCollection, intersect, polygon } from '@turf/turf'

/** @param {{ type: 'Polygon' | 'MultiPolygon', coordinates: any[] }} geometry */
export function partsOf(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
}

/**
 * @param {any[]} part a polygon's rings
 * @param {number[]} box [west, south, east, north] degrees
 */
export function overlaps(part, [west, south, east, north]) {
  const [w, s, e, n] = bbox(polygon(part))
  return e - w < 180 && w < east && e > west && s < north && n > south
}

/**
 * @param {{ type: 'Polygon' | 'MultiPolygon', coordinates: any[] }} geometry
 * @param {number[]} box [west, south, east, north] degrees
 * @returns the part of the geometry inside the box, or null when there is none
 */
export function clipToBox(geometry, box) {
  const parts = partsOf(geometry).filter((part) => overlaps(part, box))
  if (parts.length === 0) return null
  const shape = asFeature({ type: 'MultiPolygon', coordinates: parts })
  return intersect(featureCollection([shape, bboxPolygon(box)]))?.geometry ?? null
}

/** The overlap of two boxes (assumed to overlap). */
export function boxOverlap(a, b) {
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])]
}

/** @param {object} geometry */
export function asFeature(geometry) {
  return { type: 'Feature', properties: {}, geometry }
}
