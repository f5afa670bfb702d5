/**
 * Peru's 26 regions, indexed once at load from geo/peru-regions.json: lookups by ISO code and
 * slug, the resolver for `/region/<key>/`, and the Leaflet-shaped values the map needs (label
 * anchors, bounds as [[south, west], [north, east]]).
 *
 * resolve('PE-AYA'), resolve('pe-aya') and resolve('ayacucho') all give Ayacucho; 'lima' is an
 * alias of Lima Metropolitana (the article's Lima is the capital).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'
import type { Localized } from '../../data/types.ts'

export interface RegionProps {
  iso: string
  slug: string
  name_es: string
  name_en: string
  label_lat: number
  label_lng: number
}
export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>
export type RegionCollection = FeatureCollection<Polygon | MultiPolygon, RegionProps>

export type LatLngTuple = [number, number]
export type BoundsTuple = [LatLngTuple, LatLngTuple]

export interface Region {
  iso: string
  slug: string
  name: Localized
  /** Where the label and the popup sit: a point inside the region, [lat, lng]. */
  anchor: LatLngTuple
  bounds: BoundsTuple
}

export interface RegionIndex {
  geojson: RegionCollection
  /** Sorted by Spanish name, as the list shows them. */
  list: readonly Region[]
  byIso: (iso: string) => Region | undefined
  /** The region a link's key names (slug, alias or ISO code, in any case), or undefined. */
  resolve: (key: string) => Region | undefined
  /** The whole country, for the default view. */
  peruBounds: BoundsTuple
}

/** Other names a link may use for a region, lower case. */
export const REGION_ALIASES: Record<string, string> = { lima: 'PE-LMA' }

const EMPTY_BOUNDS: BoundsTuple = [
  [90, 180],
  [-90, -180],
]

function extend(a: BoundsTuple, b: BoundsTuple): BoundsTuple {
  return [
    [Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
    [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])],
  ]
}

export function boundsOf(geometry: Polygon | MultiPolygon): BoundsTuple {
  const polygons: Position[][][] =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  let bounds = EMPTY_BOUNDS
  for (const polygon of polygons) {
    for (const [lng, lat] of polygon[0] ?? []) {
      if (lat === undefined || lng === undefined) continue
      bounds = extend(bounds, [
        [lat, lng],
        [lat, lng],
      ])
    }
  }
  return bounds
}

function toRegion(feature: RegionFeature): Region {
  const p = feature.properties
  return {
    iso: p.iso,
    slug: p.slug,
    name: { es: p.name_es, en: p.name_en },
    anchor: [p.label_lat, p.label_lng],
    bounds: boundsOf(feature.geometry),
  }
}

// One collator for the sort: localeCompare(…, 'es') builds one per comparison (19 ms in a trace).
const SPANISH_ORDER = new Intl.Collator('es')

export function indexRegions(geojson: RegionCollection): RegionIndex {
  const list = geojson.features
    .map(toRegion)
    .sort((a, b) => SPANISH_ORDER.compare(a.name.es, b.name.es))
  const byIso = new Map(list.map((r) => [r.iso, r]))
  const byKey = new Map<string, Region>()
  for (const region of list) {
    byKey.set(region.slug, region)
    byKey.set(region.iso.toLowerCase(), region)
  }
  for (const [alias, iso] of Object.entries(REGION_ALIASES)) {
    const region = byIso.get(iso)
    if (region) byKey.set(alias, region)
  }
  return {
    geojson,
    list,
    byIso: (iso) => byIso.get(iso),
    resolve: (key) => byKey.get(key.trim().toLowerCase()),
    peruBounds: list.reduce((acc, r) => extend(acc, r.bounds), EMPTY_BOUNDS),
  }
}
