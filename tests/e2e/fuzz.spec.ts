/**
 * Link fuzzing: hundreds of generated addresses (fast-check) opened in the browser on the built
 * site: hostile and random paths (`/region/<payload>/`, `/place/<payload>/`, unknown paths),
 * malformed hashes and queries (garbage values, repeated keys, percent-encodings, very long,
 * unicode, right-to-left, markup). For each: no page error, no dialog, no CSP violation (the
 * fixtures), no element injected, the map drawn, and the "not found" notice exactly when the path
 * names nothing.
 *
 * Replay a run with FUZZ_SEED=<the printed seed>.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import fc from 'fast-check'
import { STRINGS } from '../../src/i18n/strings.ts'
import { expect, type PageProblems, test } from './fixtures.ts'

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
const BATCHES = 4 // tests, each with its own share of the addresses
const RUNS_PER_BATCH = 60 // 240 addresses in all; a load takes ~150-400 ms here
const DIST = process.env.E2E_DIST ?? 'dist'

test.describe.configure({ timeout: 120_000 })

/** The keys the build wrote a page for: region slugs, aliases, ISO codes; place ids. */
function builtKeys(kind: 'region' | 'place'): Set<string> {
  try {
    return new Set(readdirSync(join(DIST, kind)))
  } catch {
    return new Set()
  }
}
const KNOWN = { region: builtKeys('region'), place: builtKeys('place') }

/** The address the browser will really open (its URL parser normalizes `..`, `\`, spaces…). */
function urlOf(origin: string, a: { path: string; query: string; hash: string }): URL {
  const url = new URL(origin)
  url.pathname = a.path
  url.search = a.query
  url.hash = a.hash
  return url
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '<script>alert(1)</script>',
  "'-alert(1)-'",
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${alert(1)}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '..',
  '.',
  '../../etc/passwd',
  '%',
  '%00',
  '%E0%A4%A',
  '%2e%2e',
  '%2F',
  '%252F',
  '%ZZ',
  '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  'שלום',
  '𝕏𝕐ℤ',
  '\uD800',
  '\u0000',
  ' cusco ',
  'CUSCO',
  'Pe-Aya',
  'a'.repeat(3000),
]

const payload = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.webSegment() },
)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** encodeURIComponent, which throws on a lone surrogate: that becomes U+FFFD, as URLs do. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'))
}
/** A payload as it may appear in an address: raw, encoded once, or encoded twice. */
const written = fc.oneof(
  payload,
  payload.map((p) => encode(p)),
  payload.map((p) => encode(encode(p))),
)
const validKey = (kind: 'region' | 'place') =>
  fc.constantFrom(...(KNOWN[kind].size > 0 ? [...KNOWN[kind]] : ['cusco']))

const path = fc.oneof(
  fc.constantFrom('/', '/index.html', '/404.html', '/regoin/cusco/', '/region/', '/place/'),
  validKey('region').map((k) => `/region/${k}/`),
  validKey('place').map((k) => `/place/${k}/`),
  written.map((p) => `/region/${p}/`),
  written.map((p) => `/place/${p}/`),
  written.map((p) => `/${p}`),
  fc.tuple(validKey('region'), written).map(([k, p]) => `/region/${k}/${p}/`),
)

const number = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.double().map(String),
  fc.constantFrom('1e308', '-1e308', '9'.repeat(400), 'NaN', 'Infinity', '-0', '0x10', ''),
  written,
)
const hash = fc.oneof(
  fc.constant(''),
  fc.tuple(number, number, number).map(([z, lat, lng]) => `#map=${z}/${lat}/${lng}`),
  fc.constantFrom('#map=8/-13.160/-74.220', '#javascript:alert(1)', '#map=', '#map=//', '#'),
  written.map((p) => `#map=${p}`),
  written.map((p) => `#${p}`),
)
const queryValue = fc.oneof(
  fc.constantFrom('es', 'en', 'EN', 'article,deaths', 'bogus', '', '2022-12-15', '2022-02-30'),
  written,
)
const queryKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('lang', 'layers', 'date') },
  { weight: 1, arbitrary: written },
)
const query = fc
  .array(fc.tuple(queryKey, queryValue), { maxLength: 5 })
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`))

/**
 * KNOWN ISSUE, left out of the generated paths until fixed (see the test.fail below): a region or
 * place page loads its assets by relative address (`../../assets/…`), so the same page served at
 * an address with an empty segment (`/region/cusco//`, `//region/cusco/`; static hosts merge the
 * slashes when they look for the file) looks one folder too deep and draws nothing.
 */
const EMPTY_SEGMENT = /\/\//
/** The path as a static host looks it up: decoded, so `%2F` is a slash too (`/region/PE-PUN/%2F/`
 * is the same known issue, found by this generator with seed 1624580515). */
function hostPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}
const address = fc
  .record({ path, query, hash })
  .filter((a) => !EMPTY_SEGMENT.test(hostPath(urlOf('http://127.0.0.1', a).pathname)))

/** Whether the path names something ('valid'), nothing ('invalid'), or we cannot tell. */
function routeOf(pathname: string): 'valid' | 'invalid' | 'unsure' {
  if (['/', '/index.html', '/404.html'].includes(pathname)) return 'valid'
  const match = /^\/(region|place)\/([^/]+)\/?(index\.html)?$/.exec(pathname)
  if (!match) return 'invalid'
  const kind = match[1] as 'region' | 'place'
  let key: string
  try {
    key = decodeURIComponent(match[2] ?? '').trim()
  } catch {
    return 'invalid'
  }
  if (KNOWN[kind].has(key)) return 'valid'
  const lower = key.toLowerCase()
  return [...KNOWN[kind]].some((k) => k.toLowerCase() === lower) ? 'unsure' : 'invalid'
}

/** The fixed part of every "nothing matches this link" notice, in both languages. */
const NOT_FOUND = Object.values(STRINGS).flatMap((t) =>
  Object.entries(t)
    .filter(([name]) => name.endsWith('NotFound'))
    .map(([, text]) => String(text).split('{')[0] ?? ''),
)

interface PageState {
  regions: number
  injected: string[]
  alerts: string[]
}

function pageState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const hostile = 'img[src="x"], svg[onload], script:not([src]):not([type="application/ld+json"])'
    const withHandler = [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')),
    )
    const injected = [...document.querySelectorAll(hostile), ...withHandler].map((el) =>
      el.outerHTML.slice(0, 80),
    )
    return {
      regions: document.querySelectorAll('path.region').length,
      injected,
      alerts: [...document.querySelectorAll('[role="alert"]')].map((el) => el.textContent ?? ''),
    }
  })
}

function problemsSoFar(problems: PageProblems): string[] {
  return [
    ...problems.pageErrors,
    ...problems.dialogs.map((d) => `dialog: ${d}`),
    ...problems.cspViolations.map((v) => `CSP: ${v}`),
    ...problems.consoleErrors.map((c) => `console: ${c}`),
  ]
}

for (let batch = 0; batch < BATCHES; batch++) {
  test(`generated addresses, batch ${batch + 1} of ${BATCHES}, break nothing`, async ({
    page,
    baseURL,
    problems,
  }) => {
    console.log('fuzz seed', SEED, 'batch', batch + 1)
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
    let opened = 0
    let notices = 0
    await fc.assert(
      fc.asyncProperty(address, async (a) => {
        const url = urlOf(origin, a)
        const where = `${url.href} (FUZZ_SEED=${SEED})`
        await page.goto(url.href)
        await expect(page.locator('path.region'), where).toHaveCount(26)
        const state = await pageState(page)
        expect(state.injected, `elements injected by ${where}`).toEqual([])
        expect(problemsSoFar(problems), `problems on ${where}`).toEqual([])
        const notFound = state.alerts.some((text) => NOT_FOUND.some((p) => text.includes(p)))
        const route = routeOf(url.pathname)
        if (route !== 'unsure')
          expect(notFound, `not-found notice on ${where}`).toBe(route === 'invalid')
        opened++
        if (notFound) notices++
      }),
      { seed: SEED + batch, numRuns: RUNS_PER_BATCH, endOnFailure: true },
    )
    console.log(`fuzz batch ${batch + 1}: ${opened} addresses, ${notices} with a not-found notice`)
    expect(opened).toBe(RUNS_PER_BATCH)
  })
}

test.fail(
  'a region link with an extra slash still draws the map (known issue)',
  async ({ page }) => {
    test.setTimeout(15_000)
    await page.goto('/region/cusco//')
    await expect(page.locator('path.region')).toHaveCount(26, { timeout: 3000 })
  },
)
