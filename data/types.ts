/**
 * The shapes of the project's data: typed text, no HTML anywhere.
 *
 * Every file in data/*.json is checked against these types by data/validate.ts at build and test
 * time; a record that breaks them fails the build with a message naming the file and the record.
 * Ids are stable ASCII slugs: they appear in share links (/place/<id>/), so never rename one.
 */

/** Text in both languages of the interface. */
export interface Localized {
  es: string
  en: string
}

/** The overlays, in the order of the layers control. These ids are the ones `?layers=` uses. */
export const LAYER_IDS = [
  'article',
  'south',
  'mines',
  'deaths',
  'airports',
  'curfew',
  'context',
] as const
export type LayerId = (typeof LAYER_IDS)[number]

export type Confidence = 'high' | 'medium' | 'low'

/** A publication a fact comes from. `url` is https only, and only where it is the publisher's own
 * page or clearly equivalent (FACTS.md: mirror copies are cited by publisher, title and date). */
export interface Source {
  id: string // slug, e.g. "servindi-2022-12-26"
  publisher: string // "Servindi"
  title: string // the headline as published
  date: string | null // ISO date "2022-12-26", or null when unknown
  url: string | null // https only
}

/** A fact from outside the article, with at least one source. */
export interface Fact {
  id: string
  text: Localized
  sources: string[] // Source ids, at least one
  confidence: Confidence
  asOf: string | null // ISO date the fact describes the situation at ("as of"), when it matters
}

/** A verbatim span of data/article.md, tied to places and/or regions. */
export interface Quote {
  id: string
  text: string // verbatim (white space normalised) from data/article.md; never edited
  translation_es: string // a Spanish translation, shown labelled as a translation
  places: string[] // Place ids
  regions: string[] // ISO 3166-2 codes, e.g. "PE-AYA"
}

export interface PointGeometry {
  type: 'point'
  lat: number
  lng: number
}
/** One or more whole regions (e.g. the curfew's regions, the country for the state of emergency). */
export interface RegionsGeometry {
  type: 'regions'
  regions: string[] // ISO codes
}
/** A shape built at build time by geo/zones from data/zones.json (a dissolved union or a buffer). */
export interface ZoneGeometry {
  type: 'zone'
  zone: string // Zone id in data/zones.json
}
export type PlaceGeometry = PointGeometry | RegionsGeometry | ZoneGeometry

export type PlaceKind =
  | 'site' // a building or square: Congress, the palace, the embassy, a prison
  | 'city' // a town or city
  | 'airport'
  | 'mine'
  | 'deaths' // where people were killed, with the people as facts
  | 'curfew' // a province under curfew (approximate point)
  | 'zone' // an area: the south, a mining zone
  | 'country' // Peru as a whole, Bolivia, Chile
  | 'event' // a 2019 event abroad (Sacaba, Senkata, Plaza Baquedano)

export interface Place {
  id: string // stable ASCII slug; /place/<id>/
  layer: LayerId
  kind: PlaceKind
  name: Localized
  description: Localized // what happened there, with dates, in plain sentences
  region: string | null // declared ISO 3166-2 code; null only outside Peru or for the whole country
  country: string // ISO 3166-1 alpha-2: "PE", "BO", "CL"
  geometry: PlaceGeometry
  approximate: Localized | null // why the location is approximate; null when it is exact enough
  dates: string[] // ISO dates of what happened there, sorted; [] when undated
  timeline: PlaceTimeline | null // what the timeline shows for a day; null: from its first date on
  facts: string[] // Fact ids, shown in the popup with their sources
  named_in_article: boolean // false for places the article does not name (e.g. Las Bambas)
}

/**
 * A day range, both ends included (ISO dates). `to` null: still so after the timeline's last day.
 * For an airport whose reopening the sources do not date, `to` is the last day a source reports it
 * closed (the fact says so).
 */
export interface Period {
  from: string
  to: string | null
}

/** One person of a deaths place: the day of the injury and the day of death (the same day when
 * killed outright). `fact` is the person's `death-…` fact; `cause` says whether the Defensoría
 * counts the death among the clashes or among its "other incidents" (linked to a blockade). */
export interface PersonDates {
  fact: string
  injured: string
  died: string
  cause: 'clash' | 'blockade'
}

/**
 * The dates that mean something for a place, read by src/model/timeline.ts for "the state at the
 * end of day D":
 * - deaths: shown once someone has died there, sized by the people dead by D (a person shot earlier
 *   and still alive is not shown);
 * - in-force: a curfew or the state of emergency, shown on the days it was in force;
 * - closed: an airport, shown on the days it was closed.
 */
export type PlaceTimeline =
  | { kind: 'deaths'; people: PersonDates[] }
  | { kind: 'in-force'; periods: Period[] }
  | { kind: 'closed'; periods: Period[] }

/** A shape built at build time (geo/zones.mjs) and shipped in geo/zones.json. */
export type Zone =
  | { id: string; kind: 'union'; regions: string[] } // dissolved union of whole regions
  | { id: string; kind: 'buffer'; lat: number; lng: number; radius_km: number } // circle around a point
  | { id: string; kind: 'province'; ubigeo: string; region: string } // an INEI province, clipped to its region

/** Castillo's share of the 2021 run-off by region (FACTS.md §6). */
export interface RunoffRow {
  region: string // ISO code
  castillo_pct: number // share of valid votes, percent, as given by the source (rounded as published)
}
export interface Runoff {
  sources: string[]
  note: Localized // how the figures were derived
  rows: RunoffRow[]
}

/** A geographic reference in the article, accounted for: mapped, or not mappable with a reason. */
export type Reference =
  | { text: string; status: 'mapped'; places: string[]; regions: string[] }
  | { text: string; status: 'not-mappable'; reason: Localized }
