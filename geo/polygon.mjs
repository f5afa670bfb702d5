/**
 * Finishing touches for polygonal GeoJSON geometry: round to a fixed number of decimals, drop the
 * points and rings that rounding makes degenerate, wind rings as RFC 7946 wants (exteriors
 * counter-clockwise; topojson hands them back clockwise), and find a label point.
 */
import polylabel from 'polylabel'

const LABEL_PRECISION = 0.001 // degrees (~110 m): finer than the 3 decimals the label is kept to

/**
 * @param {{ type: 'Polygon' | 'MultiPolygon', coordinates: any[] }} geometry
 * @param {number} digits decimals to keep
 * @returns the cleaned geometry, a Polygon when one part is left, or null when nothing is
 */
export function finishGeometry(geometry, digits) {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  const polygons = []
  for (const part of parts) {
    const rings = part.map((ring) => roundRing(ring, digits))
    // A hole can go alone; a part whose exterior collapsed goes whole.
    if (!isRing(rings[0])) continue
    const holes = rings.slice(1).filter(isRing)
    polygons.push([wind(rings[0], true), ...holes.map((ring) => wind(ring, false))])
  }
  if (polygons.length === 0) return null
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0] }
  return { type: 'MultiPolygon', coordinates: polygons }
}

/**
 * A point well inside the largest part (its pole of inaccessibility), as `{ lat, lng }` rounded
 * to 3 decimals. Centroids fall outside crescent shapes such as Lima Provincias, which wraps
 * around the capital.
 */
export function labelPoint(geometry) {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  const largest = parts.reduce((best, part) =>
    Math.abs(ringArea(part[0])) > Math.abs(ringArea(best[0])) ? part : best,
  )
  const [lng, lat] = polylabel(largest, LABEL_PRECISION)
  return { lat: round(lat, 3), lng: round(lng, 3) }
}

/** Signed planar area (shoelace), positive when counter-clockwise in lng/lat. */
export function ringArea(ring) {
  let sum = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1])
  }
  return sum / 2
}

/** @param {number} value @param {number} digits */
export function round(value, digits) {
  const factor = 10 ** digits
  // `+ 0` turns -0 into 0 so a value always prints the same way.
  return Math.round(value * factor) / factor + 0
}

function roundRing(ring, digits) {
  const out = []
  for (const [x, y] of ring) {
    const point = [round(x, digits), round(y, digits)]
    const last = out[out.length - 1]
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point)
  }
  return out
}

/** A closed ring with at least three distinct corners and some area. */
function isRing(ring) {
  return ring.length >= 4 && ringArea(ring) !== 0
}

function wind(ring, counterClockwise) {
  return ringArea(ring) > 0 === counterClockwise ? ring : ring.slice().reverse()
}
