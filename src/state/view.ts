/**
 * The map view in a share link's hash, in openstreetmap.org's form: `#map=8/-13.160/-74.220` is
 * zoom 8 centred on 13.16° S, 74.22° W (Ayacucho).
 *
 * Reading is lenient about form and strict about values: a decimal zoom is rounded (Mapbox-style
 * hashes write `#map=8.52/…`), an address whose slashes arrived as `%2F` is decoded, other hash
 * parameters are ignored (`#map=…&foo=bar`), and the first `map=` that reads wins. Anything
 * malformed, non-finite, out of range or with extra parts gives no view (null); nothing throws.
 *
 * Writing is canonical: an integer zoom and a fixed number of decimals that grows with the zoom,
 * as OSM does, so a link is as short as the view allows and reads back to the same numbers.
 * The hash is built by hand: URLSearchParams would write the slashes as `%2F` (STYLE.md pitfall 11).
 */

/** A map view: zoom level, and centre in degrees. */
export interface MapView {
  zoom: number
  lat: number
  lng: number
}

const MAX_ZOOM = 19 // openstreetmap.org's standard tiles stop at zoom 19
const MAX_LAT = 85.0511 // degrees; Web Mercator's edge (Leaflet: SphericalMercator.MAX_LATITUDE)
const MAX_LNG = 180 // degrees
const ZOOM_TEXT = /^\d{1,2}(?:\.\d+)?$/ // no sign, no exponent, no hex: `Number` alone accepts all three
const DEGREES_TEXT = /^-?\d{1,3}(?:\.\d+)?$/

/** Decimals written for lat and lng at a zoom: 2 up to z4 (0.01° ≈ 1.1 km), then one more every 4 zoom levels. */
export function viewDecimals(zoom: number): number {
  return zoom <= 4 ? 2 : zoom <= 8 ? 3 : zoom <= 12 ? 4 : 5
}

/** Rounds with the same digits that `toFixed` writes, so the number reads back exactly; no -0. */
function round(degrees: number, decimals: number): number {
  return Number(degrees.toFixed(decimals)) + 0
}

/** A longitude taken round the globe into [-180, 180): 282.96 → -77.04, as OSM reads it. */
function wrapLng(lng: number): number {
  return ((((lng + 180) % 360) + 360) % 360) - 180
}

/**
 * The canonical form of a view: zoom rounded to an integer, lat and lng rounded to the decimals
 * the link writes; a zoom past 19 is 19 and a longitude past ±180° is wrapped round (openstreetmap.org
 * does both). Null when the zoom is negative, the latitude past Web Mercator's edge, or a value not
 * finite.
 */
export function normalizeView(view: MapView): MapView | null {
  const zoom = Math.min(Math.round(view.zoom) + 0, MAX_ZOOM) // deeper zooms clamped, as OSM does
  const { lat } = view
  const lng = Math.abs(view.lng) > MAX_LNG ? wrapLng(view.lng) : view.lng
  if (!(zoom >= 0 && zoom <= MAX_ZOOM && Math.abs(lat) <= MAX_LAT && Math.abs(lng) <= MAX_LNG)) {
    return null
  }
  const decimals = viewDecimals(zoom)
  return { zoom, lat: round(lat, decimals), lng: round(lng, decimals) }
}

function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function readView(value: string): MapView | null {
  const parts = decodeOrKeep(value).split('/')
  if (parts.length !== 3) return null
  const [zoom = '', lat = '', lng = ''] = parts
  if (!ZOOM_TEXT.test(zoom) || !DEGREES_TEXT.test(lat) || !DEGREES_TEXT.test(lng)) return null
  return normalizeView({ zoom: Number(zoom), lat: Number(lat), lng: Number(lng) })
}

/** The view in a hash (`#map=z/lat/lng`, with or without the `#`), or null. Never throws. */
export function parseViewHash(hash: string): MapView | null {
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part.startsWith('map=')) continue
    const view = readView(part.slice('map='.length))
    if (view !== null) return view
  }
  return null
}

/** `#map=z/lat/lng` for a view, or '' when it has none (or an invalid one). */
export function serializeViewHash(view: MapView | null): string {
  const canonical = view && normalizeView(view)
  if (canonical === null) return ''
  const decimals = viewDecimals(canonical.zoom)
  return `#map=${canonical.zoom}/${canonical.lat.toFixed(decimals)}/${canonical.lng.toFixed(decimals)}`
}
