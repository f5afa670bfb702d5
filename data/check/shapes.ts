/**
 * The shape of every record kind in data/, as rules (see rules.ts), mirroring types.ts and
 * dataset.ts. A field the type does not have is refused, so a typo cannot hide.
 */
import { LAYER_IDS } from '../types.ts'
import {
  arrayOf,
  bool,
  isoDate,
  localized,
  nullable,
  number,
  object,
  oneOf,
  type Rule,
  slug,
  tagged,
  text,
} from './rules.ts'

const CONFIDENCE = oneOf('high', 'medium', 'low')
const PLACE_KINDS = [
  'site',
  'city',
  'airport',
  'mine',
  'deaths',
  'curfew',
  'zone',
  'country',
  'event',
]
const regionCode: Rule = (value, path) =>
  typeof value === 'string' && /^PE-[A-Z]{3}$/.test(value)
    ? []
    : [`${path} must be an ISO 3166-2 code like "PE-AYA", not ${JSON.stringify(value)}`]
const country: Rule = (value, path) =>
  typeof value === 'string' && /^[A-Z]{2}$/.test(value)
    ? []
    : [`${path} must be an ISO 3166-1 alpha-2 code like "PE"`]
const url: Rule = (value, path) => {
  if (value === null) return []
  if (typeof value !== 'string') return [`${path} must be a string or null`]
  return /^https:\/\/[^\s/]+\.[^\s]+$/.test(value)
    ? []
    : [`${path} ${JSON.stringify(value)} is not an https address (only https, or null)`]
}

export const SOURCE = object({
  id: slug,
  publisher: text,
  title: text,
  date: nullable(isoDate),
  url,
})

export const FACT = object({
  id: slug,
  text: localized,
  sources: arrayOf(slug, 1),
  confidence: CONFIDENCE,
  asOf: nullable(isoDate),
})

export const QUOTE = object({
  id: slug,
  text,
  translation_es: text,
  places: arrayOf(slug),
  regions: arrayOf(regionCode),
})

const ubigeo: Rule = (value, path) =>
  typeof value === 'string' && /^\d{4}$/.test(value)
    ? []
    : [`${path} must be a 4-digit INEI province code, not ${JSON.stringify(value)}`]

const GEOMETRY = tagged('type', {
  point: object({ type: text, lat: number(-90, 90), lng: number(-180, 180) }),
  regions: object({ type: text, regions: arrayOf(regionCode, 1) }),
  zone: object({ type: text, zone: slug }),
})

const PERIOD = object({ from: isoDate, to: nullable(isoDate) })
const TIMELINE = tagged('kind', {
  deaths: object({
    kind: text,
    people: arrayOf(
      object({ fact: slug, injured: isoDate, died: isoDate, cause: oneOf('clash', 'blockade') }),
      1,
    ),
  }),
  'in-force': object({ kind: text, periods: arrayOf(PERIOD, 1) }),
  closed: object({ kind: text, periods: arrayOf(PERIOD, 1) }),
})

export const PLACE = object({
  id: slug,
  layer: oneOf(...LAYER_IDS),
  kind: oneOf(...PLACE_KINDS),
  name: localized,
  description: localized,
  region: nullable(regionCode),
  country,
  geometry: GEOMETRY,
  approximate: nullable(localized),
  dates: arrayOf(isoDate),
  timeline: nullable(TIMELINE),
  facts: arrayOf(slug, 1),
  named_in_article: bool,
})

export const ZONE = tagged('kind', {
  union: object({ id: slug, kind: text, regions: arrayOf(regionCode, 1) }),
  buffer: object({
    id: slug,
    kind: text,
    lat: number(-90, 90),
    lng: number(-180, 180),
    radius_km: number(0.1, 500),
  }),
  province: object({ id: slug, kind: text, ubigeo: ubigeo, region: regionCode }),
})

export const RUNOFF = object({
  sources: arrayOf(slug, 1),
  note: localized,
  rows: arrayOf(object({ region: regionCode, castillo_pct: number(0, 100) }), 1),
})

export const REFERENCE = tagged('status', {
  mapped: object({ text, status: text, places: arrayOf(slug), regions: arrayOf(regionCode) }),
  'not-mappable': object({ text, status: text, reason: localized }),
})

export const LAYER = object({
  id: oneOf(...LAYER_IDS),
  name: localized,
  legend: localized,
  facts: arrayOf(slug),
})

export const ARTICLE = object({
  title: text,
  author: text,
  publisher: text,
  date: isoDate,
  url,
})
