/**
 * What the map shows close up, from geo/detail.json (loaded after the first paint): rivers and
 * lakes as one collection to draw, and the names of towns and of Lake Titicaca, each with the zoom
 * it starts at. geo/detail.mjs chose those zooms so that no two names overlap, nor a region's
 * name, at any zoom: the browser only compares numbers.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson'
import type { Localized } from '../../data/types.ts'
import type { LatLngTuple } from './regions.ts'

interface RiverProps {
  kind: 'river'
}
interface LakeProps {
  kind: 'lake'
  name_es?: string
  name_en?: string
  label_lat?: number
  label_lng?: number
  min_zoom?: number | null
}
interface TownProps {
  kind: 'town'
  name: string
  capital: 'department' | 'province'
  min_zoom: number | null // null: its name overlaps others at every zoom, so it is never drawn
}
type DetailProps = RiverProps | LakeProps | TownProps
export type DetailCollection = FeatureCollection<Geometry, DetailProps>

export interface DetailLabel {
  id: string
  name: Localized
  anchor: LatLngTuple
  minZoom: number
  kind: 'town' | 'capital' | 'lake'
}

export interface Detail {
  /** Rivers (lines) and lakes (polygons), each with `properties.kind`. */
  waters: DetailCollection
  /** Every name that is drawn at some zoom: towns and lakes. */
  labels: readonly DetailLabel[]
}

export function indexDetail(geojson: DetailCollection): Detail {
  const waters = geojson.features.filter((f) => f.properties.kind !== 'town')
  const labels: DetailLabel[] = []
  for (const f of geojson.features) {
    const p = f.properties
    if (p.kind === 'town' && p.min_zoom !== null) {
      const [lng = 0, lat = 0] = (f as Feature<Point>).geometry.coordinates
      const kind = p.capital === 'department' ? 'capital' : 'town'
      const name = { es: p.name, en: p.name }
      labels.push({ id: String(f.id), name, anchor: [lat, lng], minZoom: p.min_zoom, kind })
    }
    if (p.kind === 'lake' && p.name_es && p.name_en && typeof p.min_zoom === 'number') {
      labels.push({
        id: String(f.id),
        name: { es: p.name_es, en: p.name_en },
        anchor: [p.label_lat ?? 0, p.label_lng ?? 0],
        minZoom: p.min_zoom,
        kind: 'lake',
      })
    }
  }
  return { waters: { ...geojson, features: waters }, labels }
}

/** The names drawn at a zoom. */
export function labelsAt<L extends { minZoom: number }>(labels: readonly L[], zoom: number): L[] {
  return labels.filter((l) => zoom >= l.minZoom)
}
