/**
 * Reads the committed geo artifacts for the tests: parsed and typed, plus the small geometry
 * helpers the invariants share. Paths are relative to the repository root.
 */
import { readFileSync } from 'node:fs'
import type { BBox, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'

export type Shape = Polygon | MultiPolygon

export const ROOT = new URL('../../', import.meta.url)

export function readText(path: string): string {
  return readFileSync(new URL(path, ROOT), 'utf8')
}

export function readCollection<P>(path: string): FeatureCollection<Shape, P> {
  return JSON.parse(readText(path)) as FeatureCollection<Shape, P>
}

/** The polygons of a Polygon or MultiPolygon, each as its rings. */
export function polygonsOf(geometry: Shape): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
}

/** Signed planar area of a ring in degrees², positive when counter-clockwise (shoelace). */
export function signedArea(ring: Position[]): number {
  let sum = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j] ?? []
    const [x1 = 0, y1 = 0] = ring[i] ?? []
    sum += (x0 - x1) * (y0 + y1)
  }
  return sum / 2
}

export function bboxesTouch(a: BBox, b: BBox): boolean {
  const [aw = 0, as = 0, ae = 0, an = 0] = a
  const [bw = 0, bs = 0, be = 0, bn = 0] = b
  return aw <= be && bw <= ae && as <= bn && bs <= an
}
