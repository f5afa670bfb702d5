/**
 * A simple map projection for the preview images: equirectangular with longitudes scaled by the
 * cosine of the middle latitude (at Peru's ~9° S that is 0.99, so shapes look as on the web map
 * at country scale), fitted into a pixel frame. GeoJSON positions are [lng, lat] here only.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson'

export interface Frame {
  x: number // px
  y: number
  width: number
  height: number
}

export interface LngLatBounds {
  west: number
  south: number
  east: number
  north: number
}

export type Project = (lng: number, lat: number) => [number, number]

export const EMPTY_BOUNDS: LngLatBounds = { west: 180, south: 90, east: -180, north: -90 }

export function extendBounds(b: LngLatBounds, lng: number, lat: number): LngLatBounds {
  return {
    west: Math.min(b.west, lng),
    south: Math.min(b.south, lat),
    east: Math.max(b.east, lng),
    north: Math.max(b.north, lat),
  }
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()
}

export function geometryBounds(geometry: Polygon | MultiPolygon, start = EMPTY_BOUNDS) {
  let bounds = start
  for (const ring of rings(geometry)) {
    for (const [lng, lat] of ring) {
      if (lng !== undefined && lat !== undefined) bounds = extendBounds(bounds, lng, lat)
    }
  }
  return bounds
}

/** A projection that shows `bounds` as large as fits in `frame` less `padding` px, centred. */
export function fitProjection(bounds: LngLatBounds, frame: Frame, padding: number): Project {
  const k = Math.cos((((bounds.north + bounds.south) / 2) * Math.PI) / 180)
  const spanX = Math.max((bounds.east - bounds.west) * k, 1e-6)
  const spanY = Math.max(bounds.north - bounds.south, 1e-6)
  const scale = Math.min((frame.width - 2 * padding) / spanX, (frame.height - 2 * padding) / spanY)
  const cx = frame.x + frame.width / 2
  const cy = frame.y + frame.height / 2
  const midLng = (bounds.east + bounds.west) / 2
  const midLat = (bounds.north + bounds.south) / 2
  return (lng, lat) => [cx + (lng - midLng) * k * scale, cy - (lat - midLat) * scale]
}

/** SVG path data for a polygon, in whole pixels (finer detail is lost at this size anyway). */
export function pathData(geometry: Polygon | MultiPolygon, project: Project): string {
  let d = ''
  for (const ring of rings(geometry)) {
    let previous = ''
    let count = 0
    for (const [lng, lat] of ring) {
      if (lng === undefined || lat === undefined) continue
      const [x, y] = project(lng, lat)
      const point = `${Math.round(x)} ${Math.round(y)}`
      if (point === previous) continue
      d += `${count === 0 ? 'M' : 'L'}${point}`
      previous = point
      count++
    }
    if (count > 0) d += 'Z'
  }
  return d
}
