/**
 * Polygons as SVG path data in Web Mercator pixels at the static map's reference zoom, rounded to
 * whole pixels and written with relative moves, which keeps the 26 regions and the neighbours
 * small in every page: `M18204 35102l3-2 1 4…z`.
 *
 * At REF_ZOOM 8 (FIT_MAX_ZOOM, the deepest zoom a page opens on) a rounded point is at most half
 * a pixel from where Leaflet draws it.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson'
import { project } from '../../map/frame.ts'

export const REF_ZOOM = 8 // the SVG's coordinate space: Leaflet's pixels at this zoom

/** A [lat, lng] point in the SVG's coordinates, rounded. */
export function toPixel(lat: number, lng: number): [number, number] {
  const [x, y] = project([lat, lng], REF_ZOOM)
  return [Math.round(x), Math.round(y)]
}

function ringPath(ring: readonly Position[]): string {
  const points: [number, number][] = []
  for (const [lng, lat] of ring) {
    if (lng === undefined || lat === undefined) continue
    const p = toPixel(lat, lng)
    const last = points[points.length - 1]
    if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p)
  }
  // The ring's closing point repeats its first: `z` closes it.
  const first = points[0]
  const last = points[points.length - 1]
  if (points.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) {
    points.pop()
  }
  if (points.length < 3 || !first) return ''
  let d = `M${first[0]} ${first[1]}`
  for (let i = 1; i < points.length; i++) {
    const [x, y] = points[i] as [number, number]
    const [px, py] = points[i - 1] as [number, number]
    const dx = x - px
    const dy = y - py
    d += `${i === 1 ? 'l' : dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`
  }
  return `${d}z`
}

/** Path data of a polygon or multipolygon, holes included (drawn with fill-rule evenodd). */
export function geometryPath(geometry: Polygon | MultiPolygon): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  return polygons
    .flatMap((polygon) => polygon.map(ringPath))
    .filter(Boolean)
    .join('')
}
