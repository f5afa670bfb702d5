/**
 * The share-link contract: the one place that turns an address into the app's state and back.
 *
 *   region/ayacucho/?lang=es&layers=article,deaths&date=2022-12-15#map=8/-13.160/-74.220
 *   route            lang    layers                date            view (zoom/lat/lng, view.ts)
 *
 * Addresses are relative to the app root (root.ts strips the folder the app is hosted in). `parse`
 * never throws, whatever the strings; `serialize` is canonical: parameters in the order above,
 * only those set, other parameters dropped, and serialize(parse(serialize(s))) === serialize(s).
 *
 * Decisions (each has a test in tests/unit/url.test.ts):
 * - Routes: '', index.html, 404.html → home; region/<key> and place/<id>, with or without a
 *   trailing slash or /index.html. Empty segments, and segments that are only encoded slashes,
 *   are dropped, as static hosts do when they look for the file (`region/cusco//`,
 *   `region//cusco/`, `region/cusco/%2F/` are region/cusco). The key is percent-decoded and trimmed, never resolved or
 *   lowercased (a resolver elsewhere maps slug, alias or ISO code). Anything else is `unknown`,
 *   keeping the raw path for the "not found" notice: an empty or over-long key (> 100 UTF-16 code
 *   units), extra segments (region/a/b/), malformed percent-encoding (%E0%A4%A), a lone surrogate,
 *   or `.` and `..` (URL resolution would eat them: new URL('region/../', root) is the root).
 * - `serialize` writes an unknown route as home (''): the app shows the notice, the canonical
 *   address drops the bad path. So every state parse can produce round-trips, except unknown.
 * - Repeated parameters (`?lang=en&lang=es`): the first one that reads wins.
 * - lang: es or en in any case, written lowercase; anything else is null (not in the link).
 * - layers: known ids from LAYER_IDS (any case), deduplicated, in LAYER_IDS order. Present and
 *   empty (`?layers=`) → [] (no overlays); present with only unknown ids (`?layers=bogus`) → null,
 *   as if absent, so the defaults apply rather than an empty map.
 * - date: strictly YYYY-MM-DD, a real calendar date from DATE_MIN to DATE_MAX, else null.
 * - view: view.ts. `#map=8/-13.16/-74.22` reads as is and is written `#map=8/-13.160/-74.220`
 *   (decimals fixed by the zoom, as on openstreetmap.org); a bad view is null, never an error.
 */
import { LAYER_IDS, type LayerId } from '../../data/types.ts'
import { type MapView, normalizeView, parseViewHash, serializeViewHash } from './view.ts'

export type { MapView } from './view.ts'
export { normalizeView } from './view.ts'

export type Lang = 'es' | 'en'
export type Route =
  | { kind: 'home' }
  | { kind: 'region'; key: string } // raw key, percent-decoded and trimmed, not resolved
  | { kind: 'place'; id: string } // raw id, percent-decoded and trimmed
  | { kind: 'unknown'; path: string } // the path as given, for the "not found" notice
export interface UrlState {
  route: Route
  view: MapView | null // #map=<zoom>/<lat>/<lng>
  lang: Lang | null // ?lang=es|en; null = not in the link
  layers: LayerId[] | null // ?layers=a,b; null = not in the link (defaults apply), [] = none
  date: string | null // ?date=YYYY-MM-DD
}

export const DATE_MIN = '2022-12-01' // first day the map covers
export const DATE_MAX = '2023-01-31' // last day the map covers
const MAX_KEY_LENGTH = 100 // UTF-16 code units; real keys are short slugs or ISO codes
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const HOME_PATHS = new Set(['', 'index.html', '404.html'])

/** The state of a link with nothing in it: the home page, defaults everywhere. */
export const EMPTY_STATE: UrlState = Object.freeze({
  route: Object.freeze({ kind: 'home' }),
  view: null,
  lang: null,
  layers: null,
  date: null,
})

/** A decoded, trimmed key, or null when it cannot be one (see the decisions above). */
function readKey(segment: string): string | null {
  let key: string
  try {
    key = decodeURIComponent(segment).trim()
  } catch {
    return null
  }
  return validKey(key) ? key : null
}

function validKey(key: string): boolean {
  return (
    key !== '' &&
    key !== '.' &&
    key !== '..' &&
    !/^\/+$/.test(key) && // only slashes: an empty segment, written back as one (`%2F`)
    key.length <= MAX_KEY_LENGTH &&
    key === key.trim() &&
    !LONE_SURROGATE.test(key)
  )
}

/** Whether a segment is empty once decoded, or only slashes (`''`, `%2F`): hosts merge those. */
function isEmptySegment(segment: string): boolean {
  return /^(?:%2F)*$/i.test(segment)
}

function parseRoute(path: string): Route {
  if (HOME_PATHS.has(path)) return EMPTY_STATE.route
  const segments = path.split('/')
  if (segments[segments.length - 1] === 'index.html') segments.pop() // not 'a/index.html/'
  const kept = segments.filter((segment) => !isEmptySegment(segment))
  if (kept.length === 0 || (kept.length === 1 && HOME_PATHS.has(kept[0] ?? ''))) {
    return EMPTY_STATE.route // '/', '%2F/', '/404.html': hosts serve the home page there
  }
  const [kind, segment, ...extra] = kept
  const key = segment === undefined || extra.length > 0 ? null : readKey(segment)
  if (key !== null && kind === 'region') return { kind, key }
  if (key !== null && kind === 'place') return { kind, id: key }
  return { kind: 'unknown', path }
}

function readLang(value: string): Lang | null {
  const lang = value.trim().toLowerCase()
  return lang === 'es' || lang === 'en' ? lang : null
}

/** Known ids in LAYER_IDS order, without duplicates. */
function canonicalLayers(ids: Iterable<string>): LayerId[] {
  const wanted = new Set(ids)
  return LAYER_IDS.filter((id) => wanted.has(id))
}

function readLayers(value: string): LayerId[] | null {
  const ids = value.split(',').flatMap((id) => id.trim().toLowerCase() || [])
  const layers = canonicalLayers(ids)
  return ids.length === 0 || layers.length > 0 ? layers : null
}

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < DATE_MIN || value > DATE_MAX) return false
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  // Date.UTC rolls over (month 13, day 32): a real date is one that comes back unchanged
  return new Date(Date.UTC(year, month - 1, day)).toISOString().startsWith(value)
}

function readDate(value: string): string | null {
  return isValidDate(value) ? value : null
}

function firstRead<T>(values: string[], read: (value: string) => T | null): T | null {
  for (const value of values) {
    const result = read(value)
    if (result !== null) return result
  }
  return null
}

/** Reads an address below the app root. Never throws; whatever does not read is null/unknown. */
export function parse(loc: { path: string; search: string; hash: string }): UrlState {
  const query = new URLSearchParams(loc.search) // tolerates malformed %, strips a leading '?'
  return {
    route: parseRoute(loc.path),
    view: parseViewHash(loc.hash),
    lang: firstRead(query.getAll('lang'), readLang),
    layers: firstRead(query.getAll('layers'), readLayers),
    date: firstRead(query.getAll('date'), readDate),
  }
}

function serializeRoute(route: Route): string {
  const key = route.kind === 'region' ? route.key : route.kind === 'place' ? route.id : null
  if (key === null || !validKey(key)) return '' // home, unknown, or a key no link could carry
  return `${route.kind}/${encodeURIComponent(key)}/`
}

/**
 * The canonical relative address of a state: path, then `?lang&layers&date` (those set), then
 * `#map=`. Values are written by hand: every one is ASCII without reserved characters, and
 * URLSearchParams would escape the commas.
 */
export function serialize(state: UrlState): string {
  const params: string[] = []
  const lang = state.lang === null ? null : readLang(state.lang)
  if (lang !== null) params.push(`lang=${lang}`)
  if (state.layers !== null) params.push(`layers=${canonicalLayers(state.layers).join(',')}`)
  if (state.date !== null && isValidDate(state.date)) params.push(`date=${state.date}`)
  const query = params.length > 0 ? `?${params.join('&')}` : ''
  return serializeRoute(state.route) + query + serializeViewHash(state.view)
}

function sameRoute(a: Route, b: Route): boolean {
  if (a.kind === 'region') return b.kind === 'region' && a.key === b.key
  if (a.kind === 'place') return b.kind === 'place' && a.id === b.id
  if (a.kind === 'unknown') return b.kind === 'unknown' && a.path === b.path
  return b.kind === 'home'
}

function sameView(a: MapView | null, b: MapView | null): boolean {
  if (a === null || b === null) return a === b
  return a.zoom === b.zoom && a.lat === b.lat && a.lng === b.lng
}

function sameLayers(a: readonly LayerId[] | null, b: readonly LayerId[] | null): boolean {
  if (a === null || b === null) return a === b
  return a.length === b.length && a.every((id, i) => id === b[i])
}

/** Whether two states are equal field by field (an unknown route is not the same as home). */
export function sameState(a: UrlState, b: UrlState): boolean {
  return (
    sameRoute(a.route, b.route) &&
    sameView(a.view, b.view) &&
    a.lang === b.lang &&
    sameLayers(a.layers, b.layers) &&
    a.date === b.date
  )
}

/** The state with another route. */
export function withRoute(state: UrlState, route: Route): UrlState {
  return { ...state, route }
}

/** The state with another view, normalised (rounded as the link writes it; null if invalid). */
export function withView(state: UrlState, view: MapView | null): UrlState {
  return { ...state, view: view && normalizeView(view) }
}

/** The state with another language (null: not in the link). */
export function withLang(state: UrlState, lang: Lang | null): UrlState {
  return { ...state, lang }
}

/** The state with other layers, deduplicated and in LAYER_IDS order (null: the defaults). */
export function withLayers(state: UrlState, layers: readonly LayerId[] | null): UrlState {
  return { ...state, layers: layers && canonicalLayers(layers) }
}

/** The state with another date; a date outside DATE_MIN..DATE_MAX or malformed becomes null. */
export function withDate(state: UrlState, date: string | null): UrlState {
  return { ...state, date: date !== null && isValidDate(date) ? date : null }
}
