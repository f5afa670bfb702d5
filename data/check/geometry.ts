/**
 * Geometry checks on the shipped regions (geo/peru-regions.json): each point lies inside the
 * region it declares; a point outside Peru declares no region and falls in none; each mine has
 * its illustrative circle in data/zones.json, centred on the mine.
 */
import { booleanPointInPolygon, point } from '@turf/turf'
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { MINE_ZONE_RADIUS_KM, mineZoneId } from '../dataset.ts'
import type { Place, Zone } from '../types.ts'
import { type Entry, problem } from './entries.ts'

export type RegionCollection = FeatureCollection<Polygon | MultiPolygon>
export type RegionIndex = Map<string, Feature<Polygon | MultiPolygon>>
export const REGIONS_FILE = 'geo/peru-regions.json'

/** The regions by ISO code (feature id, or properties.iso as a fallback). */
export function indexRegions(regions: RegionCollection): RegionIndex {
  const index: RegionIndex = new Map()
  for (const feature of regions.features) {
    const code = feature.id ?? (feature.properties as { iso?: string } | null)?.iso
    if (typeof code === 'string') index.set(code, feature)
  }
  return index
}

function regionsContaining(lat: number, lng: number, index: RegionIndex): string[] {
  const where = point([lng, lat])
  return [...index].filter(([, feature]) => booleanPointInPolygon(where, feature)).map(([c]) => c)
}

export function checkPlaceGeometry(entry: Entry<Place>, index: RegionIndex): string[] {
  const { geometry, region, country } = entry.value
  if (geometry.type === 'regions') {
    if (region !== null && !geometry.regions.includes(region))
      return [problem(entry, `region "${region}" is not among its geometry's regions`)]
    return []
  }
  if (geometry.type !== 'point') return []
  const { lat, lng } = geometry
  const inside = regionsContaining(lat, lng, index)
  const where = inside.length ? `it falls in ${inside.join(', ')}` : 'it falls in no region'
  if (country !== 'PE') {
    if (region !== null) return [problem(entry, `a place outside Peru must have region null`)]
    if (inside.length)
      return [problem(entry, `point (${lat}, ${lng}) has country "${country}" but ${where}`)]
    return []
  }
  if (region === null) return [problem(entry, `a point in Peru must declare its region (${where})`)]
  const feature = index.get(region)
  if (!feature) return [] // an unknown code is reported by the link checks
  if (booleanPointInPolygon(point([lng, lat]), feature)) return []
  return [
    problem(
      entry,
      `point (${lat}, ${lng}) is not inside its region "${region}" on ${REGIONS_FILE}: ${where}`,
    ),
  ]
}

/** Every mine has a buffer zone "<id>-10km" on the same point (geo/zones.json draws it). */
export function checkMineZone(entry: Entry<Place>, zones: Map<string, Zone>): string[] {
  const place = entry.value
  if (place.kind !== 'mine' || place.geometry.type !== 'point') return []
  const id = mineZoneId(place.id)
  const zone = zones.get(id)
  if (!zone) return [problem(entry, `mine has no zone "${id}" in data/zones.json`)]
  const { lat, lng } = place.geometry
  if (zone.kind !== 'buffer' || zone.lat !== lat || zone.lng !== lng)
    return [problem(entry, `zone "${id}" must be a buffer centred on the mine (${lat}, ${lng})`)]
  if (zone.radius_km !== MINE_ZONE_RADIUS_KM)
    return [problem(entry, `zone "${id}" must have radius_km ${MINE_ZONE_RADIUS_KM}`)]
  return []
}

/** The province zone drawn for a curfew province: "curfew-viru" → "curfew-viru-province". */
export function curfewProvinceZoneId(placeId: string): string {
  return `${placeId}-province`
}

/** Every curfew province has its province zone in data/zones.json, in the region it declares. */
export function checkCurfewProvince(entry: Entry<Place>, zones: Map<string, Zone>): string[] {
  const place = entry.value
  if (place.kind !== 'curfew' || place.geometry.type !== 'point') return []
  const id = curfewProvinceZoneId(place.id)
  const zone = zones.get(id)
  if (!zone) return [problem(entry, `curfew province has no zone "${id}" in data/zones.json`)]
  if (zone.kind !== 'province' || zone.region !== place.region)
    return [problem(entry, `zone "${id}" must be a province in ${place.region}`)]
  return []
}
