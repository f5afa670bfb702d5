/**
 * The data download: every mapped place and zone as one GeoJSON FeatureCollection
 * (`data/places.geojson` at the site's root), for journalists and researchers to reuse.
 * Properties: id, layer, name (Spanish), name_en, region (ISO code), approximate, date (the first,
 * when dated), dates, timeline (injury and death days, periods in force or closed), quotes (the
 * article's verbatim words) and sources (publisher, title, date, url).
 *
 * Valid for GIS tools: a place made of whole regions (the state of emergency, the curfew's regions)
 * is their dissolved union (Turf `union`, at build time), not a MultiPolygon of parts that share
 * borders, which validity checks reject; a curfew province is its province's shape (geo/zones.json).
 */
import { featureCollection, union } from '@turf/turf'
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson'
import type { Fact, Place, Quote, Source } from '../../data/types.ts'
import type { RegionCollection } from '../model/regions.ts'
import type { ZoneCollection } from '../model/story.ts'

export interface DownloadInput {
  places: Place[]
  quotes: Quote[]
  facts: Fact[]
  sources: Source[]
  zones: ZoneCollection
  regions: RegionCollection
}

/** The dissolved union of these regions: one Polygon, or a MultiPolygon of disjoint parts. */
function dissolved(features: Feature<Polygon | MultiPolygon>[]): Geometry | null {
  if (features.length <= 1) return features[0]?.geometry ?? null
  return union(featureCollection(features))?.geometry ?? null
}

function geometryOf(place: Place, input: DownloadInput): Geometry | null {
  const g = place.geometry
  if (g.type === 'point') {
    const province = place.kind === 'curfew' ? zoneGeometry(`${place.id}-province`, input) : null
    return province ?? { type: 'Point', coordinates: [g.lng, g.lat] }
  }
  if (g.type === 'zone') return zoneGeometry(g.zone, input)
  const wanted = new Set(g.regions)
  return dissolved(input.regions.features.filter((f) => wanted.has(f.properties.iso)))
}

function zoneGeometry(id: string, input: DownloadInput): Geometry | null {
  return input.zones.features.find((z) => z.properties.id === id)?.geometry ?? null
}

export function placesGeojson(input: DownloadInput): FeatureCollection {
  const facts = new Map(input.facts.map((f) => [f.id, f]))
  const sources = new Map(input.sources.map((s) => [s.id, s]))
  const features: Feature[] = []
  for (const place of input.places) {
    const geometry = geometryOf(place, input)
    if (!geometry) continue
    const sourceIds = new Set(place.facts.flatMap((id) => facts.get(id)?.sources ?? []))
    features.push({
      type: 'Feature',
      id: place.id,
      geometry,
      properties: {
        id: place.id,
        layer: place.layer,
        kind: place.kind,
        name: place.name.es,
        name_en: place.name.en,
        region: place.region,
        approximate: place.approximate !== null,
        approximate_reason: place.approximate?.en ?? null,
        ...(place.dates[0] ? { date: place.dates[0] } : {}),
        dates: place.dates,
        timeline: place.timeline,
        named_in_article: place.named_in_article,
        quotes: input.quotes.filter((q) => q.places.includes(place.id)).map((q) => q.text),
        sources: [...sourceIds].flatMap((id) => {
          const s = sources.get(id)
          return s ? [{ publisher: s.publisher, title: s.title, date: s.date, url: s.url }] : []
        }),
      },
    })
  }
  return { type: 'FeatureCollection', features }
}
