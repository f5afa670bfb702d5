/**
 * Derives geo/adjacency.json: which regions share a border, from the same shared topology the
 * regions are drawn from (topojson-server finds the arcs two regions share; topojson-client's
 * `neighbors` lists them), and the bearing from each region's centre of mass to each
 * neighbour's, in whole degrees clockwise from north. The app's arrow keys move the selection to
 * the neighbour whose bearing is nearest the key's direction (src/model/neighbours.ts).
 * Example: "PE-AYA": [{"iso":"PE-APU","bearing":130}, …, {"iso":"PE-CUS","bearing":85}, …]
 */
import { centerOfMass } from '@turf/turf'
import { neighbors } from 'topojson-client'
import { topology } from 'topojson-server'

export const ADJACENCY_PATH = 'geo/adjacency.json'

/** Bearing from a to b ([lng, lat]), degrees clockwise from north, on a local flat projection. */
function bearing(a, b) {
  const midLat = ((a[1] + b[1]) / 2) * (Math.PI / 180)
  const dx = (b[0] - a[0]) * Math.cos(midLat)
  const dy = b[1] - a[1]
  return Math.round(((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360)
}

/**
 * @param {{ id: string, geometry: object }[]} regions the derived regions, sorted by id
 * @returns {Record<string, { iso: string, bearing: number }[]>} by ISO code, neighbours by code
 */
export function deriveAdjacency(regions) {
  const topo = topology({ regions: { type: 'FeatureCollection', features: regions } })
  const lists = neighbors(topo.objects.regions.geometries)
  const centres = regions.map((f) => centerOfMass(f).geometry.coordinates)
  const out = {}
  regions.forEach((region, i) => {
    out[region.id] = lists[i]
      .map((j) => ({ iso: regions[j].id, bearing: bearing(centres[i], centres[j]) }))
      .sort((a, b) => (a.iso < b.iso ? -1 : 1))
  })
  return out
}
