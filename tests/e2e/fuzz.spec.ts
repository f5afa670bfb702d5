/**
 * Link fuzzing: generated addresses (fast-check) opened in the browser on the built site: hostile
 * and random paths (`/region/<payload>/`, `/place/<payload>/`, unknown paths), malformed hashes
 * and queries (garbage values, repeated keys, percent-encodings, very long, unicode,
 * right-to-left, markup). For each: no page error, no dialog, no CSP violation (the fixtures), no
 * element injected, the map drawn, and the "not found" notice exactly when the path names nothing.
 *
 * Each address has a budget of its own, not a share of the test's: an address that breaks the
 * page fails as MISBEHAVED; one that draws the map but slowly (a busy machine) is only noted, in
 * the output and as an annotation of the test; one still not drawn after ADDRESS_LIMIT_MS fails
 * as HUNG, with how far the page got.
 *
 * FUZZ_COUNT=<n> sets how many addresses a run opens (80 by default, to keep `npm test` short;
 * CI opens 240). Replay a run with the printed FUZZ_SEED=<seed> and the same FUZZ_COUNT.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import fc from 'fast-check'
import { STRINGS } from '../../src/i18n/strings.ts'
import { expect, type PageProblems, selectionCard, test } from './fixtures.ts'

const SEED = Number(process.env.FUZZ_SEED || Math.floor(Math.random() * 2 ** 31))
const COUNT = Number(process.env.FUZZ_COUNT || 80) // addresses a run; one takes ~150-400 ms idle
const PER_BATCH = 40 // addresses per test, so the two workers share them
const ADDRESS_LIMIT_MS = 60_000 // not drawn by then: hung (idle ~0.3 s, both cores busy ~1-3 s)
const SLOW_MS = 10_000 // drawn, but later than this: noted, not failed
const DIST = process.env.E2E_DIST || 'dist'

if (!Number.isInteger(COUNT) || COUNT < 1) throw new Error(`FUZZ_COUNT must be a whole number ≥ 1`)
if (!Number.isInteger(SEED)) throw new Error(`FUZZ_SEED must be a whole number`)
const BATCHES = Math.ceil(COUNT / PER_BATCH)
/** How many addresses batch `b` opens: the count shared out as evenly as it goes. */
const runsOf = (b: number) => Math.floor(COUNT / BATCHES) + (b < COUNT % BATCHES ? 1 : 0)
const REPLAY = `FUZZ_SEED=${SEED} FUZZ_COUNT=${COUNT}`

// The batches are independent: let both workers take them.
test.describe.configure({ mode: 'parallel' })

/** The keys the build wrote a page for: region slugs, aliases, ISO codes; place ids. */
function builtKeys(kind: 'region' | 'place'): Set<string> {
  try {
    const entries = readdirSync(join(DIST, kind), { withFileTypes: true })
    return new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name)) // not index.html
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
  fc.constantFrom('/', '/index.html', '/404.html', '/regoin/cusco/', '/region', '/place'),
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

/** The path as a static host looks it up: decoded, so `%2F` is a slash too (`/region/PE-PUN/%2F/`,
 * found by this generator with seed 1624580515), with runs of slashes merged (`/region/cusco//`
 * is the region's page). */
function hostPath(pathname: string): string {
  let decoded = pathname
  try {
    decoded = decodeURIComponent(pathname)
  } catch {}
  return decoded.replace(/\/{2,}/g, '/')
}
/**
 * Left out of the generated paths: the index pages `/region/` and `/place/` (lists of links, no
 * map: tests/e2e/hostSuite.ts), however spelled (`/region//`). Addresses with empty segments are
 * in (`/region/cusco//`, `//region/cusco/`, `/region/cusco/%2F/`): hosts serve the page, and the
 * page must start from there (src/build/startScript.ts in this run's build without SITE_URL).
 */
const INDEX_PAGE = /^\/(?:region|place)\/(?:index\.html)?$/
const address = fc
  .record({ path, query, hash })
  .filter((a) => !INDEX_PAGE.test(hostPath(urlOf('http://127.0.0.1', a).pathname)))

/** Whether the path names something ('valid'), nothing ('invalid'), or we cannot tell. */
function routeOf(pathname: string): 'valid' | 'invalid' | 'unsure' {
  // Empty segments, and segments that are only encoded slashes, name nothing (the share-link
  // contract in the README): `/region//cusco/%2F/` is `/region/cusco/`.
  const kept = pathname.split('/').filter((segment) => !/^(?:%2F)*$/i.test(segment))
  const path = `/${kept.join('/')}`
  if (['/', '/index.html', '/404.html'].includes(path)) return 'valid'
  const match = /^\/(region|place)\/([^/]+)\/?(index\.html)?$/.exec(path)
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

interface Opened {
  ms: number // from asking for the address to the map drawn
  pageLoaded: boolean // the load event had fired (if not: still loading, or not answering)
  drawn: boolean
}

/** Opens an address and waits for the map, up to ADDRESS_LIMIT_MS, or until the page misbehaves. */
async function open(page: Page, href: string, problems: PageProblems): Promise<Opened> {
  const started = Date.now()
  const left = () => Math.max(1, ADDRESS_LIMIT_MS - (Date.now() - started))
  const drawn = () =>
    page
      .waitForFunction(() => document.querySelectorAll('path.region').length === 26, null, {
        timeout: Math.min(left(), 1000),
      })
      .then(
        () => true,
        () => false,
      )
  try {
    await page.goto(href, { timeout: left() })
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error
    return { ms: Date.now() - started, pageLoaded: false, drawn: false }
  }
  let isDrawn = await drawn()
  // Waits in short steps, so that an error, a dialog or a CSP violation ends the wait at once.
  while (!isDrawn && Date.now() - started < ADDRESS_LIMIT_MS && !problemsSoFar(problems).length)
    isDrawn = await drawn()
  const ms = Date.now() - started
  if (isDrawn) return { ms, pageLoaded: true, drawn: true }
  // A page whose script never yields answers nothing: that counts as still loading.
  const answer = page.evaluate(() => document.readyState === 'complete').catch(() => false)
  const silence = new Promise<boolean>((done) => setTimeout(done, 5000, false))
  return { ms, pageLoaded: await Promise.race([answer, silence]), drawn: false }
}

for (let batch = 0; batch < BATCHES; batch++) {
  const runs = runsOf(batch)
  test(`generated addresses, batch ${batch + 1} of ${BATCHES}, break nothing`, async ({
    page,
    baseURL,
    problems,
  }) => {
    // A backstop only: every address has its own limit, and the first failure ends the batch.
    test.setTimeout(runs * ADDRESS_LIMIT_MS + 60_000)
    test.info().annotations.push({ type: 'fuzz', description: `${REPLAY}, batch ${batch + 1}` })
    console.log(`fuzz: ${REPLAY}, batch ${batch + 1} of ${BATCHES}: ${runs} addresses`)
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
    const slow: string[] = []
    let opened = 0
    let notices = 0
    let slowest = 0
    await fc.assert(
      fc.asyncProperty(address, async (a) => {
        const url = urlOf(origin, a)
        const where = `${url.href} (replay: ${REPLAY})`
        const result = await open(page, url.href, problems)
        expect(problemsSoFar(problems), `MISBEHAVED: problems on ${where}`).toEqual([])
        if (!result.drawn) {
          const how = result.pageLoaded
            ? 'MISBEHAVED: the page loaded, but no map was drawn'
            : 'HUNG: the page was still loading'
          throw new Error(`${how} after ${(result.ms / 1000).toFixed(1)} s on ${where}`)
        }
        const state = await pageState(page)
        expect(state.injected, `MISBEHAVED: elements injected by ${where}`).toEqual([])
        const notFound = state.alerts.some((text) => NOT_FOUND.some((p) => text.includes(p)))
        const route = routeOf(url.pathname)
        if (route !== 'unsure')
          expect(notFound, `MISBEHAVED: not-found notice on ${where}`).toBe(route === 'invalid')
        opened++
        if (notFound) notices++
        slowest = Math.max(slowest, result.ms)
        if (result.ms > SLOW_MS) slow.push(`${url.href} drew its map after ${result.ms} ms`)
      }),
      { seed: SEED + batch, numRuns: runs, endOnFailure: true },
    )
    console.log(
      `fuzz batch ${batch + 1}: ${opened} addresses, ${notices} with a not-found notice, ` +
        `the slowest drawn in ${slowest} ms`,
    )
    // Slow is not broken: a busy machine is noted, and the product is judged by what it did.
    for (const note of slow) {
      console.log(`fuzz: slow, not failed: ${note}`)
      test.info().annotations.push({ type: 'slow address (not a failure)', description: note })
    }
    expect(opened).toBe(runs)
  })
}

test('a region link with an extra slash still draws the map and opens the region', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin // '//region/…' alone names a host
  for (const link of [
    '/region/cusco//',
    '/region//cusco/',
    '/region/cusco/%2F/',
    '//region/cusco/',
  ]) {
    await page.goto(`${origin}${link}`)
    await expect(page.locator('path.region'), link).toHaveCount(26)
    await expect(page, link).toHaveURL((url) => url.pathname === '/region/cusco/')
    await expect(selectionCard(page), link).toContainText('Cusco')
    // The static map's script (../../assets/static-frame-….js) loaded too: it hands over.
    await expect(page.locator('#static-frame'), link).toBeHidden()
    // Its links resolve from the region's folder, not one folder too deep.
    const lima = await page
      .locator('#static-frame a[href$="region/lima-metropolitana/"]')
      .evaluate((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).pathname)
    expect(lima, link).toBe('/region/lima-metropolitana/')
  }
})
