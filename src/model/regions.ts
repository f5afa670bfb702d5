/**
 * Peru's 26 regions, built once at load from geo/peru-regions.json: lookups by ISO code and slug,
 * the resolver for `/region/<key>/`, and the Leaflet-shaped values the map needs (label anchors,
 * bounds as [[south, west], [north, east]]).
 *
 * resolveRegion('PE-AYA'), resolveRegion('pe-aya') and resolveRegion('ayacucho') all give Ayacucho;
 * 'lima' is an alias of Lima Metropolitana (the article's Lima is the capital).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'
import type { Localized } from '../../data/types.ts'
import regionsJson from '../../geo/peru-regions.json'

export interface RegionProps {
  iso: string
  slug: string
  name_es: string
  name_en: string
  label_lat: number
  label_lng: number
}
export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>

export type LatLngTuple = [number, number]
export type BoundsTuple = [LatLngTuple, LatLngTuple]

export interface Region {
  iso: string
  slug: string
  name: Localized
  /** Where the label and the popup sit: a point inside the region, [lat, lng]. */
  anchor: LatLngTuple
  bounds: BoundsTuple
  feature: RegionFeature
}

/** Other names a link may use for a region, lower case. */
const ALIASES: Record<string, string> = { lima: 'PE-LMA' }

export const REGIONS_GEOJSON = regionsJson as unknown as FeatureCollection<
  Polygon | MultiPolygon,
  RegionProps
>

function boundsOf(geometry: Polygon | MultiPolygon): BoundsTuple {
  let south = 90
  let west = 180
  let north = -90
  let east = -180
  const polygons: Position[][][] =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  for (const polygon of polygons) {
    for (const [lng, lat] of polygon[0] ?? []) {
      if (lat === undefined || lng === undefined) continue
      south = Math.min(south, lat)
      north = Math.max(north, lat)
      west = Math.min(west, lng)
      east = Math.max(east, lng)
    }
  }
  return [
    [south, west],
    [north, east],
  ]
}

function toRegion(feature: RegionFeature): Region {
  const p = feature.properties
  return {
    iso: p.iso,
    slug: p.slug,
    name: { es: p.name_es, en: p.name_en },
    anchor: [p.label_lat, p.label_lng],
    bounds: boundsOf(feature.geometry),
    feature,
  }
}

/** Regions sorted by Spanish name, as the list shows them. */
export const REGIONS: readonly Region[] = REGIONS_GEOJSON.features
  .map(toRegion)
  .sort((a, b) => a.name.es.localeCompare(b.name.es, 'es'))

const BY_ISO = new Map(REGIONS.map((r) => [r.iso, r]))
const BY_KEY = new Map<string, Region>()
for (const region of REGIONS) {
  BY_KEY.set(region.slug, region)
  BY_KEY.set(region.iso.toLowerCase(), region)
}
for (const [alias, iso] of Object.entries(ALIASES)) {
  const region = BY_ISO.get(iso)
  if (region) BY_KEY.set(alias, region)
}

export function regionByIso(iso: string): Region | undefined {
  return BY_ISO.get(iso)
}

/** The region a link's key names (slug, alias or ISO code, in any case), or undefined. */
export function resolveRegion(key: string): Region | undefined {
  return BY_KEY.get(key.trim().toLowerCase())
}

/** The bounds of the whole country, for the default view. */
export const PERU_BOUNDS: BoundsTuple = REGIONS.reduce<BoundsTuple>(
  (acc, r) => [
    [Math.min(acc[0][0], r.bounds[0][0]), Math.min(acc[0][1], r.bounds[0][1])],
    [Math.max(acc[1][0], r.bounds[1][0]), Math.max(acc[1][1], r.bounds[1][1])],
  ],
  [
    [90, 180],
    [-90, -180],
  ],
)
