/**
 * Dissolves polygons into one shape with Turf's union (polyclip). Used on the shipped, already
 * simplified regions: they share their borders vertex for vertex, so the inner borders cancel out
 * exactly and no slivers are left along them.
 */
import { featureCollection, union } from '@turf/turf'
import { finishGeometry } from './polygon.mjs'

/**
 * @param {{ type: 'Feature', geometry: object }[]} features at least one
 * @param {number} digits decimals to round the result to
 */
export function dissolve(features, digits) {
  // turf.union refuses a single input; one shape is its own union.
  const merged = features.length === 1 ? features[0] : union(featureCollection(features))
  const geometry = merged && finishGeometry(merged.geometry, digits)
  if (!geometry) throw new Error('dissolve: the union is empty')
  return geometry
}
