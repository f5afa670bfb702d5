import { describe, expect, it } from 'vitest'
import {
  EMPTY_STATE,
  normalizeView,
  parse,
  sameState,
  serialize,
  type UrlState,
  withDate,
  withLang,
  withLayers,
  withRoute,
  withView,
} from '../../src/state/url.ts'

function at(path: string, search = '', hash = ''): UrlState {
  return parse({ path, search, hash })
}
const route = (path: string) => at(path).route
const view = (hash: string) => at('', '', hash).view
const query = (search: string) => at('', search)

describe('routes', () => {
  it('reads the home page from an empty path, index.html and 404.html', () => {
    for (const path of ['', 'index.html', '404.html']) expect(route(path)).toEqual({ kind: 'home' })
  })

  it('parses a region link with a view, a language and layers', () => {
    const state = at(
      'region/ayacucho/',
      '?lang=es&layers=article,deaths&date=2022-12-15',
      '#map=8/-13.16/-74.22',
    )
    expect(state).toEqual({
      route: { kind: 'region', key: 'ayacucho' },
      view: { zoom: 8, lat: -13.16, lng: -74.22 },
      lang: 'es',
      layers: ['article', 'deaths'],
      date: '2022-12-15',
    })
    expect(serialize(state)).toBe(
      'region/ayacucho/?lang=es&layers=article,deaths&date=2022-12-15#map=8/-13.160/-74.220',
    )
  })

  it('keeps a region key as given, for the resolver to match in any case', () => {
    expect(route('region/PE-AYA/')).toEqual({ kind: 'region', key: 'PE-AYA' })
    expect(route('region/pe-aya')).toEqual({ kind: 'region', key: 'pe-aya' })
    expect(route('region/ayacucho/index.html')).toEqual({ kind: 'region', key: 'ayacucho' })
  })

  it('reads a place link with or without the trailing slash', () => {
    expect(route('place/antamina/')).toEqual({ kind: 'place', id: 'antamina' })
    expect(route('place/antamina')).toEqual({ kind: 'place', id: 'antamina' })
    expect(serialize(at('place/antamina'))).toBe('place/antamina/')
  })

  it('percent-decodes and trims keys, and encodes them again when writing', () => {
    expect(route('region/jun%C3%ADn/')).toEqual({ kind: 'region', key: 'junín' })
    expect(route('region/junín/')).toEqual({ kind: 'region', key: 'junín' })
    expect(route('region/%20ayacucho%20/')).toEqual({ kind: 'region', key: 'ayacucho' })
    expect(route('region/a%2Fb/')).toEqual({ kind: 'region', key: 'a/b' })
    expect(serialize(at('region/junín/'))).toBe('region/jun%C3%ADn/')
    expect(serialize(at('region/a%2Fb/'))).toBe('region/a%2Fb/')
    expect(route('place/%F0%9F%94%A5/')).toEqual({ kind: 'place', id: '🔥' })
  })

  it('keeps hostile text as a literal key, encoded when written', () => {
    const script = '<script>alert(1)</script>'
    expect(route(`region/${encodeURIComponent(script)}/`)).toEqual({ kind: 'region', key: script })
    expect(serialize(at(`region/${encodeURIComponent(script)}/`))).toBe(
      'region/%3Cscript%3Ealert(1)%3C%2Fscript%3E/',
    )
    // Unencoded, the slash in </script> is a path separator: three segments, so not a region.
    expect(route(`region/${script}/`)).toEqual({ kind: 'unknown', path: `region/${script}/` })
  })

  it('treats malformed percent-encoding as an unknown path, kept as given', () => {
    for (const path of ['region/%E0%A4%A/', 'place/%/', 'region/%ED%A0%80/', '%E0%A4%A']) {
      expect(route(path)).toEqual({ kind: 'unknown', path })
    }
  })

  it('treats empty keys, extra segments and other paths as unknown', () => {
    const paths = ['region', 'region/', 'region//', 'region/%20/', 'region/a/b/', 'regions/a/']
    paths.push('REGION/a/', 'place/a/index.html/', 'region/a/404.html', 'about')
    for (const path of paths) expect(route(path)).toEqual({ kind: 'unknown', path })
  })

  it('reads the root with empty segments as the home page, which hosts serve there', () => {
    // `<root>//` and `<root>/%2F/` are served as the home page (issue 9): no "not found" notice.
    for (const path of ['/', '%2F/', '//index.html', '/404.html']) {
      expect(route(path)).toEqual({ kind: 'home' })
    }
  })

  it('reads links with empty segments or without the trailing slash as hosts serve them', () => {
    // Static hosts merge repeated slashes (and nginx decodes %2F first) when they look for the
    // file, so these addresses show the region's page: the app must open the region too.
    for (const path of [
      'region/cusco//',
      'region//cusco/',
      '/region/cusco/',
      'region/cusco/%2F/',
    ]) {
      expect(route(path)).toEqual({ kind: 'region', key: 'cusco' })
    }
    expect(route('place/antamina/%2f%2F/index.html')).toEqual({ kind: 'place', id: 'antamina' })
    expect(route('region/cusco')).toEqual({ kind: 'region', key: 'cusco' })
    expect(serialize(at('region/cusco//'))).toBe('region/cusco/')
    expect(route('region/%2F/')).toEqual({ kind: 'unknown', path: 'region/%2F/' })
    expect(route('region/%2F%20/')).toEqual({ kind: 'unknown', path: 'region/%2F%20/' })
  })

  it('treats . and .. as unknown, since resolving the address would drop them', () => {
    for (const path of ['region/./', 'region/../', 'place/%2E%2E/']) {
      expect(route(path).kind).toBe('unknown')
    }
  })

  it('accepts keys up to 100 characters and treats longer ones as unknown', () => {
    expect(route(`region/${'a'.repeat(100)}/`)).toEqual({ kind: 'region', key: 'a'.repeat(100) })
    expect(route(`region/${'a'.repeat(101)}/`).kind).toBe('unknown')
    expect(route(`place/${'%41'.repeat(100)}/`)).toEqual({ kind: 'place', id: 'A'.repeat(100) })
    expect(route(`region/${'x'.repeat(1_000_000)}/`).kind).toBe('unknown')
  })

  it('writes an unknown route as home, keeping the rest of the link', () => {
    expect(serialize(at('region/a/b/', '?lang=en', '#map=5/-9.2/-75'))).toBe(
      '?lang=en#map=5/-9.200/-75.000',
    )
    expect(serialize(withRoute(EMPTY_STATE, { kind: 'region', key: '' }))).toBe('')
  })
})

describe('view', () => {
  it('reads #map=zoom/lat/lng as openstreetmap.org writes it', () => {
    expect(view('#map=8/-13.16/-74.22')).toEqual({ zoom: 8, lat: -13.16, lng: -74.22 })
    expect(view('map=8/-13.16/-74.22')).toEqual({ zoom: 8, lat: -13.16, lng: -74.22 })
    expect(view('#map=0/0/0')).toEqual({ zoom: 0, lat: 0, lng: 0 })
    expect(view('#map=19/85.0511/-180')).toEqual({ zoom: 19, lat: 85.0511, lng: -180 })
  })

  it('writes lat and lng with more decimals as the zoom grows', () => {
    const write = (zoom: number) =>
      serialize(withView(EMPTY_STATE, { zoom, lat: -13.1587654, lng: 1 }))
    expect(write(4)).toBe('#map=4/-13.16/1.00')
    expect(write(8)).toBe('#map=8/-13.159/1.000')
    expect(write(12)).toBe('#map=12/-13.1588/1.0000')
    expect(write(19)).toBe('#map=19/-13.15877/1.00000')
  })

  it('rounds the centre to the decimals of its zoom when reading', () => {
    expect(view('#map=5/-13.15876/-74.22349')).toEqual({ zoom: 5, lat: -13.159, lng: -74.223 })
    expect(view('#map=3/-0.001/0.004')).toEqual({ zoom: 3, lat: 0, lng: 0 })
    expect(Object.is(view('#map=3/-0.001/0')?.lat, 0)).toBe(true)
  })

  it('rounds a decimal zoom to the nearest level', () => {
    expect(view('#map=7.6/-13.16/-74.22')).toEqual({ zoom: 8, lat: -13.16, lng: -74.22 })
    expect(view('#map=19.4/0/0')?.zoom).toBe(19)
    expect(view('#map=19.6/0/0')?.zoom).toBe(19) // clamped, as openstreetmap.org does (issue 9)
  })

  it('ignores other hash parameters and reads the first map= that is valid', () => {
    expect(view('#map=8/-13.16/-74.22&foo=bar')).toEqual({ zoom: 8, lat: -13.16, lng: -74.22 })
    expect(view('#foo=bar&map=8/-13.16/-74.22')?.zoom).toBe(8)
    expect(view('#map=8/99/0&map=6/1/2')).toEqual({ zoom: 6, lat: 1, lng: 2 })
    expect(view('#map=6/1/2&map=7/1/2')?.zoom).toBe(6)
  })

  it('clamps a zoom past 19 and wraps a longitude past ±180°, as openstreetmap.org reads them', () => {
    // Issue 9: these were ignored, where openstreetmap.org opens the view.
    expect(view('#map=20/0/0')).toEqual({ zoom: 19, lat: 0, lng: 0 })
    expect(view('#map=99/-13.16/-74.22')).toEqual({ zoom: 19, lat: -13.16, lng: -74.22 })
    expect(view('#map=8/-13.160/282.960')).toEqual({ zoom: 8, lat: -13.16, lng: -77.04 })
    expect(view('#map=8/0/180.5')).toEqual({ zoom: 8, lat: 0, lng: -179.5 })
    expect(view('#map=8/0/-540')).toEqual({ zoom: 8, lat: 0, lng: -180 })
    expect(view('#map=8/0/180')).toEqual({ zoom: 8, lat: 0, lng: 180 })
  })

  it('reads a view whose slashes were escaped as %2F', () => {
    expect(view('#map=8%2F-13.16%2F-74.22')).toEqual({ zoom: 8, lat: -13.16, lng: -74.22 })
  })

  it('ignores a bare hash, malformed numbers, extra parts and values out of range', () => {
    const hashes = [
      '',
      '#',
      '#foo',
      '#map=',
      '#map=8/-13.16',
      '#map=8/-13.16/-74.22/1',
      '#map=8//0',
    ]
    hashes.push('#map=-1/0/0', '#map=8/85.06/0', '#map=8/-90/0')
    hashes.push('#map=8/NaN/0', '#map=8/Infinity/0', '#map=8/1e1/0', '#map=0x8/0/0', '#map=8/ 1/0')
    hashes.push(
      '#map=8/1./0',
      '#map=8/.5/0',
      '#map=+8/0/0',
      '#map=8/0/0/',
      '#MAP=8/0/0',
      '#map=%E0',
    )
    hashes.push(`#map=8/${'1'.repeat(100_000)}/0`)
    for (const hash of hashes) expect(view(hash), hash).toBeNull()
  })
})

describe('query', () => {
  it('reads the language in any case and writes it in lowercase', () => {
    expect(query('?lang=ES').lang).toBe('es')
    expect(query('lang=en').lang).toBe('en')
    expect(serialize(query('?lang=EN'))).toBe('?lang=en')
    expect(query('?lang=fr').lang).toBeNull()
    expect(query('?lang=').lang).toBeNull()
    expect(query('').lang).toBeNull()
  })

  it('takes the first valid value of a repeated parameter', () => {
    expect(query('?lang=en&lang=es').lang).toBe('en')
    expect(query('?lang=fr&lang=es').lang).toBe('es')
    expect(query('?layers=bogus&layers=south').layers).toEqual(['south'])
    expect(query('?date=2022-13-01&date=2022-12-07&date=2022-12-08').date).toBe('2022-12-07')
  })

  it('keeps known layers once each, in the order of the layers control', () => {
    expect(query('?layers=mines').layers).toEqual(['mines'])
    expect(query('?layers=mines,bogus,mines').layers).toEqual(['mines'])
    expect(query('?layers=deaths,article').layers).toEqual(['article', 'deaths'])
    expect(query('?layers=%20Mines%20,DEATHS').layers).toEqual(['mines', 'deaths'])
    expect(query('?layers=mines%2Csouth').layers).toEqual(['south', 'mines'])
    expect(serialize(query('?layers=mines,bogus,mines,article'))).toBe('?layers=article,mines')
  })

  it('reads an empty layers parameter as no overlays, and only unknown ids as the defaults', () => {
    expect(query('?layers=').layers).toEqual([])
    expect(query('?layers').layers).toEqual([])
    expect(query('?layers=,').layers).toEqual([])
    expect(serialize(query('?layers='))).toBe('?layers=')
    expect(query('?layers=bogus').layers).toBeNull()
    expect(query('?layers=bogus,__proto__').layers).toBeNull()
    expect(query('?lang=es').layers).toBeNull()
  })

  it('reads a real calendar date in December 2022 or January 2023', () => {
    for (const date of ['2022-12-01', '2022-12-15', '2022-12-31', '2023-01-01', '2023-01-31']) {
      expect(query(`?date=${date}`).date).toBe(date)
    }
    const invalid = [
      '2022-11-30',
      '2023-02-01',
      '2022-12-32',
      '2023-01-00',
      '2022-12-1',
      '2022-12-15T00:00',
    ]
    invalid.push(' 2022-12-15', '+2022-12-15', '20221215', '2022/12/15', '２０２２-12-15', '')
    for (const date of invalid)
      expect(query(`?date=${encodeURIComponent(date)}`).date, date).toBeNull()
  })

  it('writes only lang, layers and date, in that order, and drops other parameters', () => {
    const state = query('?utm_source=x&date=2022-12-15&layers=south&foo&lang=en')
    expect(serialize(state)).toBe('?lang=en&layers=south&date=2022-12-15')
    expect(serialize(query('?utm_source=x'))).toBe('')
  })

  it('reads very long and malformed values without throwing', () => {
    const long = `?layers=${'mines,'.repeat(200_000)}&lang=${'e'.repeat(100_000)}`
    expect(query(long)).toMatchObject({ layers: ['mines'], lang: null })
    expect(query('?lang=%E0%A4%A&layers=%&date=%%%')).toMatchObject({ lang: null, layers: null })
    expect(query('?lang=\uD800&date=\uDC00').date).toBeNull()
  })
})

describe('state helpers', () => {
  it('writes the empty state as the bare root', () => {
    expect(serialize(EMPTY_STATE)).toBe('')
    expect(parse({ path: '', search: '', hash: '' })).toEqual(EMPTY_STATE)
  })

  it('returns new states and leaves the old one unchanged', () => {
    const before = structuredClone(EMPTY_STATE)
    const after = withDate(
      withLayers(withLang(withRoute(EMPTY_STATE, { kind: 'place', id: 'antamina' }), 'en'), []),
      '2022-12-15',
    )
    expect(EMPTY_STATE).toEqual(before)
    expect(after).not.toBe(EMPTY_STATE)
    expect(serialize(after)).toBe('place/antamina/?lang=en&layers=&date=2022-12-15')
  })

  it('keeps states canonical: views rounded, layers ordered, invalid dates dropped', () => {
    expect(withView(EMPTY_STATE, { zoom: 8.2, lat: -13.15876, lng: -74.2 }).view).toEqual({
      zoom: 8,
      lat: -13.159,
      lng: -74.2,
    })
    expect(withView(EMPTY_STATE, { zoom: 8, lat: 91, lng: 0 }).view).toBeNull()
    expect(withLayers(EMPTY_STATE, ['mines', 'article', 'mines']).layers).toEqual([
      'article',
      'mines',
    ])
    expect(withDate(EMPTY_STATE, '2022-02-30').date).toBeNull()
    expect(normalizeView({ zoom: Number.NaN, lat: 0, lng: 0 })).toBeNull()
  })

  it('compares states field by field', () => {
    const a = at('region/ayacucho/', '?layers=mines', '#map=8/-13.16/-74.22')
    const b = at('region/ayacucho', '?layers=mines,mines', '#map=8/-13.160/-74.2200')
    expect(sameState(a, b)).toBe(true)
    expect(sameState(a, withLayers(a, []))).toBe(false)
    expect(sameState(withLayers(a, null), withLayers(a, []))).toBe(false)
    expect(sameState(a, withView(a, null))).toBe(false)
    expect(sameState(a, withRoute(a, { kind: 'region', key: 'Ayacucho' }))).toBe(false)
    expect(sameState(at('about'), EMPTY_STATE)).toBe(false)
    expect(sameState(at('about'), at('about'))).toBe(true)
  })
})
