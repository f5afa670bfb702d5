/**
 * Types the agreed contract (types.ts) does not cover: the article's metadata, the layer list and
 * the whole dataset the app imports from data/index.ts.
 */
import type {
  Fact,
  LayerId,
  Localized,
  Place,
  Quote,
  Reference,
  Runoff,
  Source,
  Zone,
} from './types.ts'

/** data/article.json: the article's metadata; its text is data/article.md. */
export interface Article {
  title: string
  author: string
  publisher: string
  date: string // ISO date
  url: string | null // https only, and only when certain
}

/** data/layers.json: one entry per overlay, in LAYER_IDS order. */
export interface LayerInfo {
  id: LayerId
  name: Localized
  legend: Localized // one line for the legend
  facts: string[] // Fact ids shown with the layer (for deaths: the counts, with their dates)
}

export interface Dataset {
  article: Article
  sources: Source[]
  facts: Fact[]
  quotes: Quote[]
  places: Place[] // all layers, concatenated in LAYER_IDS order
  zones: Zone[]
  runoff: Runoff
  references: Reference[]
  layers: LayerInfo[]
}

/** RADIUS of the illustrative circle drawn around each mine, in km (not a concession boundary). */
export const MINE_ZONE_RADIUS_KM = 10

/** The buffer zone (data/zones.json) drawn around a mine place: "antamina" → "antamina-10km". */
export function mineZoneId(placeId: string): string {
  return `${placeId}-${MINE_ZONE_RADIUS_KM}km`
}
