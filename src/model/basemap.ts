/**
 * The bundled basemap's countries (South America and beyond, within the pannable area) from
 * geo/basemap.json, with their label anchors: the map needs no network to show where Peru is.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import type { Localized } from '../../data/types.ts'
import type { LatLngTuple } from './regions.ts'

export interface CountryProps {
  iso_a2: string
  name_es: string
  name_en: string
  label_lat: number
  label_lng: number
}
export type CountryCollection = FeatureCollection<Polygon | MultiPolygon, CountryProps>

export interface CountryLabel {
  iso: string
  name: Localized
  anchor: LatLngTuple
}

export interface Basemap {
  /** Every country but Peru, which is drawn by its regions. */
  neighbours: CountryCollection
  /** Peru's outline (the merged regions), for what concerns the whole country. */
  peru: CountryCollection
  labels: readonly CountryLabel[]
}

/** Only Peru's five neighbours are labelled: far countries' labels crowd the zoomed-out map. */
export const LABELLED: ReadonlySet<string> = new Set(['EC', 'CO', 'BR', 'BO', 'CL'])

export function indexBasemap(geojson: CountryCollection): Basemap {
  const features = geojson.features.filter((f) => f.properties.iso_a2 !== 'PE')
  return {
    neighbours: { ...geojson, features },
    peru: { ...geojson, features: geojson.features.filter((f) => f.properties.iso_a2 === 'PE') },
    labels: features
      .filter((f) => LABELLED.has(f.properties.iso_a2))
      .map((f) => ({
        iso: f.properties.iso_a2,
        name: { es: f.properties.name_es, en: f.properties.name_en },
        anchor: [f.properties.label_lat, f.properties.label_lng],
      })),
  }
}
