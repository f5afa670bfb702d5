/**
 * Simplifies a set of polygons that share borders as ONE topology, so neighbours keep sharing
 * the same simplified line. Simplifying them one by one (turf.simplify) opened a 61 km² overlap
 * between Puno and Cusco in a trial; here each shared arc is simplified once for both sides.
 *
 * Visvalingam weights are planar triangle areas in degrees² (1e-4 deg² ≈ 120 km² at Peru's
 * latitudes). Output coordinates are snapped to a grid of `grid` degrees by re-quantizing the
 * topology, which also drops the points that the snap makes coincident (without it the file
 * grows ~3×).
 */
import { feature, quantize } from 'topojson-client'
import { topology } from 'topojson-server'
import {
  filter,
  filterAttachedWeight,
  planarRingArea,
  planarTriangleArea,
  presimplify,
  simplify,
} from 'topojson-simplify'

/**
 * @param {{ type: 'Feature', id: string, properties: object, geometry: object }[]} features
 * @param {{ minWeight: number, minRingArea: number, grid: number, protect: string[],
 *   coarsen?: (lng: number, lat: number) => number,
 *   coarsenRings?: (lng: number, lat: number) => number }} options
 *   minWeight: points of less effective area go; minRingArea: detached rings (islands) smaller
 *   than this go; protect: ids whose every vertex is kept (shapes too small to simplify);
 *   coarsen, coarsenRings: optional, how many times minWeight, minRingArea grow at a place
 *   (1 = as given; a ring is judged where it is nearest to 1).
 * @returns GeoJSON features in input order, rings in topojson's winding (not yet RFC 7946)
 */
export function simplifyShared(features, options) {
  const { minWeight, minRingArea, grid, protect, coarsen, coarsenRings } = options
  const topo = topology({ shapes: { type: 'FeatureCollection', features } })
  const guarded = arcsOf(topo.objects.shapes.geometries, new Set(protect))
  const weighted = presimplify(
    topo,
    coarsen && ((t) => planarTriangleArea(t) / coarsen(t[1][0], t[1][1])),
  )
  // Infinite weight: simplify never removes these points, whatever minWeight is.
  for (const index of guarded) for (const point of weighted.arcs[index]) point[2] = Infinity
  const simple = simplify(weighted, minWeight)
  const keepRing = filterAttachedWeight(
    simple,
    minRingArea,
    coarsenRings && ((ring) => planarRingArea(ring) / leastOf(ring, coarsenRings)),
  )
  const kept = filter(
    simple,
    (ring, interior) => usesAny(ring, guarded) || keepRing(ring, interior),
  )
  const snapped = quantize(kept, { scale: [grid, grid], translate: [0, 0] })
  const out = feature(snapped, snapped.objects.shapes)
  return out.features
}

/** The smallest coarsening along a ring. */
function leastOf(ring, coarsen) {
  return ring.reduce((least, [x, y]) => Math.min(least, coarsen(x, y)), Infinity)
}

/** Arc indexes used by the geometries whose id is in `ids`. */
function arcsOf(geometries, ids) {
  const arcs = new Set()
  for (const geometry of geometries) {
    if (!ids.has(geometry.id)) continue
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs
    for (const ring of polygons.flat()) for (const arc of ring) arcs.add(arc < 0 ? ~arc : arc)
  }
  return arcs
}

/** @param {number[]} ring arc indexes, negative (~i) when reversed */
function usesAny(ring, arcs) {
  return ring.some((arc) => arcs.has(arc < 0 ? ~arc : arc))
}
