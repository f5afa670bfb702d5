/**
 * How much coarser to draw the basemap far from Peru, and how finely to round it there. Far off,
 * the map is only seen zoomed out: outside MAX_BOUNDS (95°…55° W, 30° S…8° N) only at zoom 4–5,
 * where one degree is 11–23 px. Example: taper([-85, -20.5, -63, 2.5], { near: 0, ramp: 0.7,
 * far: 100 }) is 1 at Tumbes or Arica, 2 at 0.7° beyond the box, 10 at 2.1°, 100 from 7° on
 * (Caracas, Asunción, Panamá).
 */

/**
 * @param {number[]} box [west, south, east, north] degrees
 * @param {{ near: number, ramp: number, far: number }} options degrees, degrees, factor
 * @returns {(lng: number, lat: number) => number} 1 within `near` degrees of the box, then
 *   growing with the square of the distance beyond it, `ramp` degrees to each step, up to `far`
 */
export function taper([west, south, east, north], { near, ramp, far }) {
  return (lng, lat) => {
    const dx = Math.max(west - lng, 0, lng - east)
    const dy = Math.max(south - lat, 0, lat - north)
    const beyond = Math.max(0, Math.hypot(dx, dy) - near) / ramp
    return Math.min(far, 1 + beyond * beyond)
  }
}

/**
 * Rounds every position to the decimals wanted where it lies. A function of the position only, so
 * a border shared by two countries rounds the same way in both.
 * @param {{ type: 'Polygon' | 'MultiPolygon', coordinates: any[] }} geometry
 * @param {(lng: number, lat: number) => number} digitsAt
 */
export function roundWhere(geometry, digitsAt) {
  const roundRing = (ring) =>
    ring.map(([lng, lat]) => {
      const factor = 10 ** digitsAt(lng, lat)
      return [Math.round(lng * factor) / factor + 0, Math.round(lat * factor) / factor + 0]
    })
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  const coordinates = polygons.map((rings) => rings.map(roundRing))
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: coordinates[0] }
    : { type: 'MultiPolygon', coordinates }
}
