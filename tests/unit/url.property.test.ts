import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LAYER_IDS } from '../../data/types.ts'
import {
  DATE_MAX,
  DATE_MIN,
  type MapView,
  normalizeView,
  parse,
  type Route,
  sameState,
  serialize,
  type UrlState,
} from '../../src/state/url.ts'

const RUNS = { numRuns: 1000 }

/** Where a relative address lands in a browser: resolved against a root, then split as root.ts
 * does. This is what a real link goes through (dot segments resolved, some characters escaped). */
const ROOT = new URL('https://example.org/peru-map/')
function viaBrowser(address: string): { path: string; search: string; hash: string } {
  const url = new URL(address, ROOT)
  const path = url.pathname.startsWith(ROOT.pathname)
    ? url.pathname.slice(ROOT.pathname.length)
    : '!'
  return { path, search: url.search, hash: url.hash }
}

const canonical = (address: string) => serialize(parse(viaBrowser(address)))

const DAYS = 62 // 1 December 2022 to 31 January 2023
const validDate = fc
  .integer({ min: 0, max: DAYS - 1 })
  .map((day) => new Date(Date.UTC(2022, 11, 1 + day)).toISOString().slice(0, 10))

/** Pieces that make strings look like addresses, including broken escapes and lone surrogates. */
const URL_PIECES = ['/', '?', '#', '&', '=', ',', '%', '%2F', '%E0%A4%A', '%41', '.', '..', ' ']
URL_PIECES.push('+', '-', '0', '9', '8', 'region', 'place', 'index.html', 'map', 'lang', 'layers')
URL_PIECES.push('date', 'es', 'EN', 'mines', 'deaths', '2022-12-15', 'é', '\uD800', '🔥', 'a')
const urlish = fc.string({ unit: fc.constantFrom(...URL_PIECES), maxLength: 30 })
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }), // any code point, lone surrogates included
  urlish,
)

/** Locations close to real links, so that the valid branches are exercised too. */
const nearPath = fc
  .tuple(fc.constantFrom('region/', 'place/', ''), anyText, fc.constantFrom('', '/', '/index.html'))
  .map((parts) => parts.join(''))
const nearSearch = fc
  .array(
    fc.tuple(fc.constantFrom('lang', 'layers', 'date', 'LANG', 'x'), fc.oneof(urlish, validDate)),
  )
  .map((pairs) => `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`)
const numberText = fc.oneof(
  fc.double({ min: -200, max: 200, noNaN: true }).map(String),
  fc.integer({ min: -2, max: 22 }).map(String),
  urlish,
)
const nearHash = fc
  .tuple(fc.constantFrom('#map=', 'map=', '#x=1&map='), numberText, numberText, numberText, urlish)
  .map(([start, zoom, lat, lng, rest]) => `${start}${zoom}/${lat}/${lng}${rest}`)
const anyLocation = fc.record({
  path: fc.oneof(anyText, nearPath),
  search: fc.oneof(anyText, nearSearch),
  hash: fc.oneof(anyText, nearHash),
})

/**
 * A key parse can produce: decoded text, trimmed, non-empty, at most 100 code units, not . or ..,
 * and not only slashes (`region/%2F/` is an empty segment, which hosts merge: issue 9).
 */
const validKey = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .map((key) => key.trim())
  .filter(
    (key) => key !== '' && key !== '.' && key !== '..' && key.length <= 100 && !/^\/+$/.test(key),
  )
const validRoute: fc.Arbitrary<Route> = fc.oneof(
  fc.constant({ kind: 'home' as const }),
  validKey.map((key) => ({ kind: 'region' as const, key })),
  validKey.map((id) => ({ kind: 'place' as const, id })),
)
const validView = fc
  .record({
    zoom: fc.integer({ min: 0, max: 19 }),
    lat: fc.double({ min: -85.0511, max: 85.0511, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
  })
  .map((view) => normalizeView(view) as MapView)
const validState: fc.Arbitrary<UrlState> = fc.record({
  route: validRoute,
  view: fc.option(validView, { nil: null }),
  lang: fc.constantFrom(null, 'es' as const, 'en' as const),
  layers: fc.option(fc.subarray([...LAYER_IDS]), { nil: null }),
  date: fc.option(validDate, { nil: null }),
})

const looseKey = fc.oneof(anyText, fc.constantFrom('.', '..', ' .. ', ' ', 'a'.repeat(101)))
/** States no parse would produce: untrimmed keys, unrounded views, unknown layers, bad dates. */
const looseState = fc.record({
  route: fc.oneof(
    validRoute,
    looseKey.map((key) => ({ kind: 'region' as const, key })),
    looseKey.map((id) => ({ kind: 'place' as const, id })),
    anyText.map((path) => ({ kind: 'unknown' as const, path })),
  ),
  view: fc.option(fc.record({ zoom: fc.double(), lat: fc.double(), lng: fc.double() }), {
    nil: null,
  }),
  lang: fc.option(fc.string(), { nil: null }),
  layers: fc.option(fc.array(fc.constantFrom<string>(...LAYER_IDS, 'bogus', '')), { nil: null }),
  date: fc.option(fc.oneof(validDate, fc.string()), { nil: null }),
}) as fc.Arbitrary<UrlState>

describe('url properties', () => {
  it('the date generator covers exactly the supported range', () => {
    expect(new Date(Date.UTC(2022, 11, 1)).toISOString().slice(0, 10)).toBe(DATE_MIN)
    expect(new Date(Date.UTC(2022, 11, DAYS)).toISOString().slice(0, 10)).toBe(DATE_MAX)
  })

  it('parse never throws and returns a well-formed state, whatever the strings', () => {
    fc.assert(
      fc.property(anyLocation, (loc) => {
        const state = parse(loc)
        expect(['home', 'region', 'place', 'unknown']).toContain(state.route.kind)
        expect([null, 'es', 'en']).toContain(state.lang)
        for (const id of state.layers ?? []) expect(LAYER_IDS).toContain(id)
        if (state.date !== null) expect(state.date >= DATE_MIN && state.date <= DATE_MAX).toBe(true)
      }),
      RUNS,
    )
  })

  it('serialize after parse is a fixed point, whatever the strings', () => {
    fc.assert(
      fc.property(anyLocation, (loc) => {
        const once = serialize(parse(loc))
        expect(canonical(once)).toBe(once)
      }),
      RUNS,
    )
  })

  it('every valid state round-trips through its address', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const back = parse(viaBrowser(serialize(state)))
        expect(back).toEqual(state)
        expect(sameState(back, state)).toBe(true)
      }),
      RUNS,
    )
  })

  it('serialize is canonical even for states parse would never produce', () => {
    fc.assert(
      fc.property(looseState, (state) => {
        const address = serialize(state)
        expect(canonical(address)).toBe(address)
      }),
      RUNS,
    )
  })

  it('normalizeView is idempotent and keeps the view within a rounding step', () => {
    fc.assert(
      fc.property(validView, fc.double({ min: -0.4, max: 0.4, noNaN: true }), (view, dz) => {
        expect(normalizeView(view)).toEqual(view)
        const nudged = normalizeView({ ...view, zoom: view.zoom + dz })
        expect(nudged).toEqual(view)
      }),
      RUNS,
    )
  })
})
