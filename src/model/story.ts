/**
 * The article's places joined with the regions, quotes, facts and sources, built once after load.
 * Everything a popup, a layer or the region card needs is a plain lookup here; the browser does no
 * geometry work (zones come pre-built in geo/zones.json).
 *
 * story.inRegion('PE-AYA') → the places in Ayacucho, by layer order;
 * story.quotesForRegion('PE-AYA') → the article's words about Ayacucho.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { mineZoneId } from '../../data/dataset.ts'
import {
  LAYER_IDS,
  type LayerId,
  type Localized,
  type Place,
  type Quote,
  type Runoff,
} from '../../data/types.ts'
import type { BoundsTuple, LatLngTuple, RegionIndex } from './regions.ts'
import { boundsOf } from './regions.ts'

export type ZoneFeature = Feature<Polygon | MultiPolygon, { id: string; kind: string }>
export type ZoneCollection = FeatureCollection<Polygon | MultiPolygon, { id: string; kind: string }>

export interface LayerInfo {
  id: LayerId
  name: Localized
  legend: Localized
  facts: string[]
}

/** What the first view needs; the facts and sources come later (details.ts). */
export interface StoryData {
  places: Place[]
  quotes: Quote[]
  runoff: Runoff
  layers: LayerInfo[]
}

/** A place with what the map needs to draw it and open it. */
export interface PlaceEntry {
  place: Place
  /** Where its marker or popup sits, [lat, lng]. */
  anchor: LatLngTuple
  /** What the map fits when the place is opened; null for a point (the map centres on it). */
  bounds: BoundsTuple | null
  /** The zone's shape, for zone places. */
  zone: ZoneFeature | null
  /** The regions it covers, for region-geometry places. */
  regions: string[]
  quotes: Quote[]
  /** How many people its facts name as killed (the deaths layer sizes its circles by it). */
  people: number
  /** The first date (ISO) of what happened there, or null when undated. */
  firstDate: string | null
  /** A mine's illustrative zone, drawn around its marker as an area of the same place; a curfew
   * province's shape (INEI 2023, clipped to its region), drawn instead of its capital's marker. */
  halo: PlaceEntry | null
}

export interface Story {
  entries: readonly PlaceEntry[]
  quotes: readonly Quote[]
  byId: (id: string) => PlaceEntry | undefined
  byLayer: (layer: LayerId) => readonly PlaceEntry[]
  /** Places in a region (declared region, or a region-geometry place covering it), layer order. */
  inRegion: (iso: string) => readonly PlaceEntry[]
  quotesForRegion: (iso: string) => readonly Quote[]
  /** Regions the article's own words are about (not counting the whole country): set apart. */
  namedRegions: ReadonlySet<string>
  /** Castillo's share of the 2021 run-off, percent, by region code. */
  runoff: ReadonlyMap<string, number>
  runoffInfo: Runoff
  layers: readonly LayerInfo[]
  layer: (id: LayerId) => LayerInfo | undefined
  zones: ZoneCollection
}

/** Facts about one person killed are named `death-<who>` in data/facts.json. */
const PERSON_FACT_PREFIX = 'death-'

function groupBy<T, K>(items: readonly T[], keys: (item: T) => K[]): Map<K, T[]> {
  const map = new Map<K, T[]>()
  for (const item of items) {
    for (const key of keys(item)) {
      const list = map.get(key)
      if (list) list.push(item)
      else map.set(key, [item])
    }
  }
  return map
}

function unionBounds(list: BoundsTuple[]): BoundsTuple | null {
  if (list.length === 0) return null
  return list.reduce((a, b) => [
    [Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
    [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])],
  ])
}

/** The zone drawn as a point place's area: a mine's circle, a curfew province's shape. */
function haloZoneId(place: Place): string {
  if (place.kind === 'mine') return mineZoneId(place.id)
  return place.kind === 'curfew' ? `${place.id}-province` : ''
}

export function indexStory(data: StoryData, zones: ZoneCollection, regions: RegionIndex): Story {
  const zoneById = new Map(zones.features.map((z) => [z.properties.id, z]))
  const quotesByPlace = groupBy(data.quotes, (q) => q.places)
  const layerOrder = (p: Place) => LAYER_IDS.indexOf(p.layer)

  function entryOf(place: Place): PlaceEntry {
    const g = place.geometry
    const quotes = quotesByPlace.get(place.id) ?? []
    const people = place.facts.filter((id) => id.startsWith(PERSON_FACT_PREFIX)).length
    const firstDate = place.dates[0] ?? null
    const base = { place, quotes, people, firstDate, halo: null }
    if (g.type === 'point') {
      const point: PlaceEntry = {
        ...base,
        anchor: [g.lat, g.lng],
        bounds: null,
        zone: null,
        regions: [],
      }
      const haloZone = zoneById.get(haloZoneId(place))
      if (!haloZone) return point
      const bounds = boundsOf(haloZone.geometry)
      point.halo = { ...point, zone: haloZone, bounds }
      // A curfew province opens on its whole shape, not on its capital.
      if (place.kind === 'curfew') point.bounds = bounds
      return point
    }
    if (g.type === 'regions') {
      const covered = g.regions.flatMap((iso) => regions.byIso(iso) ?? [])
      const first = covered[0]
      const all = covered.length === regions.list.length
      return {
        ...base,
        anchor: first && !all ? first.anchor : centreOf(regions.peruBounds),
        bounds: unionBounds(covered.map((r) => r.bounds)),
        zone: null,
        regions: g.regions,
      }
    }
    const zone = zoneById.get(g.zone) ?? null
    const bounds = zone ? boundsOf(zone.geometry) : null
    return {
      ...base,
      anchor: bounds ? centreOf(bounds) : centreOf(regions.peruBounds),
      bounds,
      zone,
      regions: [],
    }
  }

  const entries = [...data.places].sort((a, b) => layerOrder(a) - layerOrder(b)).map(entryOf)
  const byId = new Map(entries.map((e) => [e.place.id, e]))
  const byLayer = groupBy(entries, (e) => [e.place.layer])
  const allIsos = regions.list.map((r) => r.iso)
  const byRegion = groupBy(entries, (e) => {
    const isos = e.regions.length > 0 ? e.regions : e.place.region ? [e.place.region] : []
    // A place covering the whole country says nothing in particular about one region.
    return isos.length === allIsos.length ? [] : isos
  })
  // A region's quotes: first those about the region itself, then those about places in it.
  const direct = groupBy(data.quotes, (q) => (q.regions.length === allIsos.length ? [] : q.regions))
  const viaPlaces = groupBy(data.quotes, (q) =>
    q.places.flatMap((id) => byId.get(id)?.place.region ?? []),
  )
  const quotesByRegion = new Map<string, Quote[]>()
  for (const iso of allIsos) {
    const list = [...new Set([...(direct.get(iso) ?? []), ...(viaPlaces.get(iso) ?? [])])]
    if (list.length > 0) quotesByRegion.set(iso, list)
  }
  const layers = new Map(data.layers.map((l) => [l.id, l]))

  return {
    entries,
    quotes: data.quotes,
    byId: (id) => byId.get(id),
    byLayer: (layer) => byLayer.get(layer) ?? [],
    inRegion: (iso) => byRegion.get(iso) ?? [],
    quotesForRegion: (iso) => quotesByRegion.get(iso) ?? [],
    namedRegions: new Set(direct.keys()),
    runoff: new Map(data.runoff.rows.map((r) => [r.region, r.castillo_pct])),
    runoffInfo: data.runoff,
    layers: LAYER_IDS.flatMap((id) => layers.get(id) ?? []),
    layer: (id) => layers.get(id),
    zones,
  }
}

function centreOf(bounds: BoundsTuple): LatLngTuple {
  return [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]
}
