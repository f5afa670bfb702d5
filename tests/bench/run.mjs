// The benchmark (`npm run bench`; not a test: timings on a shared machine are noisy).
//
// 1. Builds the site into .cache/bench/dist with SITE_URL set to the local server (as a
//    deployment would), and copies the bench pages (tests/bench/*.html) into dist/__bench/.
// 2. Serves it with tests/bench/serve.mjs (gzip, like real hosts) and loads, alternately, (a) the app at /, (b) a bare
//    Leaflet page drawing the same 26 regions from the same geometry chunk, and the pages shared
//    links land on (APP_PAGES: a region page, a place page), RUNS times each, each in a new
//    browser context (cold cache), in Debian's chromium. All mark `map-ready`. Ratios are to the
//    bare page: of the medians, and the median of the per-round ratios (paired, with the spread).
// 3. Scale: 10,000 and 100,000 generated points (seeded, written at bench time, not committed),
//    clustered in a worker: time until shown, and the longest task during scripted pans.
// 4. First paint of a shared link: /region/ayacucho/ (its map is static SVG in the HTML) against
//    the bare Leaflet page, alternately, RUNS times each: FCP, LCP, when the static map is in the
//    DOM, the live map's `map-ready`, and the layout shift (CLS) of the region page.
// 5. Lighthouse on /, /region/ayacucho/ and /place/antamina/, LIGHTHOUSE_RUNS times each (3):
//    the median of each score and of CLS, TBT and LCP, with the range of performance (the one
//    score tests/lighthouse/run.mjs does not gate: it moves with the machine's load).
// Prints medians, ratios and misses against the targets; writes .cache/bench/results.md.
//
// Usage: npm run bench    (BENCH_PORT=4291 BENCH_RUNS=10 BENCH_SCALE_RUNS=3 BENCH_SKIP_LIGHTHOUSE=1
//                          LIGHTHOUSE_RUNS=3)
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { freePort } from '../freePort.mjs'
import { generatePoints } from './points.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const PORT = Number(process.env.BENCH_PORT ?? (await freePort()))
const RUNS = Number(process.env.BENCH_RUNS ?? 10)
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3)
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const LIGHTHOUSE_PAGES = ['/', '/region/ayacucho/', '/place/antamina/']
const OUT = join(ROOT, '.cache/bench')
const DIST = join(OUT, 'dist')
const ORIGIN = `http://127.0.0.1:${PORT}` // also the build's SITE_URL
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const TARGETS = {
  ratio: 1.3, // app / bare Leaflet, map-ready median
  visibleRatio: 1.0, // issue 9: the map visible (first paint, static map) no later than bare Leaflet's
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
  lighthouseTbtMs: 150, // issue 9, with CLS ≤ 0.05
  lighthouseCls: 0.05,
  pointsShownMs: 1000, // 100,000 points shown in under 1 s
  panTaskMs: 200, // no task over 200 ms while panning
}
const POINT_COUNTS = [10_000, 100_000]
const VIEWPORT = { width: 1280, height: 800 }
const APP_PAGES = ['/region/ayacucho/', '/place/antamina/'] // where shared links land

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`
const ms = (t) => `${Math.round(t)} ms`
const misses = []

function build() {
  console.log(`building into ${DIST} (SITE_URL=${ORIGIN}/)…`)
  execFileSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: `${ORIGIN}/` },
  })
  const bench = join(DIST, '__bench')
  mkdirSync(bench, { recursive: true })
  const regionsChunk = readdirSync(join(DIST, 'assets')).find((f) =>
    /^peru-regions-.*\.js$/.test(f),
  )
  if (!regionsChunk) throw new Error('no peru-regions-*.js chunk in the build')
  for (const page of ['bare.html', 'points.html']) {
    const html = readFileSync(join(ROOT, 'tests/bench', page), 'utf8')
    writeFileSync(join(bench, page), html.replaceAll('%REGIONS%', `../assets/${regionsChunk}`))
  }
  copyFileSync(join(ROOT, 'tests/bench/points-worker.js'), join(bench, 'points-worker.js'))
  copyFileSync(join(ROOT, 'node_modules/leaflet/dist/leaflet.js'), join(bench, 'leaflet.js'))
  copyFileSync(join(ROOT, 'node_modules/leaflet/dist/leaflet.css'), join(bench, 'leaflet.css'))
  copyFileSync(
    join(ROOT, 'node_modules/supercluster/dist/supercluster.min.js'),
    join(bench, 'supercluster.min.js'),
  )
  const regions = JSON.parse(readFileSync(join(ROOT, 'geo/peru-regions.json'), 'utf8'))
  for (const n of POINT_COUNTS) {
    const points = Float32Array.from(generatePoints(regions, n))
    writeFileSync(join(bench, `points-${n}.f32`), Buffer.from(points.buffer))
  }
}

function serve() {
  const server = spawn('node', [join(ROOT, 'tests/bench/serve.mjs'), String(PORT), DIST], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((ok, fail) => {
    server.on('error', fail)
    server.on('exit', (code) => fail(new Error(`server exited with ${code}`)))
    server.stdout.once('data', () => ok(server))
  })
}

// Long tasks are recorded from the first script on (buffered observer).
const RECORD_LONG_TASKS = () => {
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__longTasks.push({ start: e.startTime, duration: e.duration })
    }
  }).observe({ type: 'longtask', buffered: true })
}

// Polls with evaluate: page.waitForFunction compiles its predicate in the page, which the site's
// Content-Security-Policy (no 'unsafe-eval') refuses. The time is the mark's, not the poll's.
async function untilMarked(page, mark, timeout) {
  const deadline = Date.now() + timeout
  while (!(await page.evaluate((name) => performance.getEntriesByName(name).length > 0, mark))) {
    if (Date.now() > deadline)
      throw new Error(`no ${mark} mark on ${page.url()} after ${timeout} ms`)
    await new Promise((ok) => setTimeout(ok, 50))
  }
}

async function load(browser, path) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'es-PE' })
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'))
  await context.addInitScript(RECORD_LONG_TASKS)
  const page = await context.newPage()
  await page.goto(`${ORIGIN}${path}`)
  await untilMarked(page, 'map-ready', 30_000)
  await page.waitForTimeout(500) // let the work that follows the first draw be counted
  const result = await page.evaluate(() => {
    const ready = performance.getEntriesByName('map-ready')[0].startTime
    const nav = performance.getEntriesByType('navigation')[0]
    const resources = performance.getEntriesByType('resource')
    const js = resources.filter((r) => /\.m?js(\?|$)/.test(new URL(r.name).pathname))
    const tasks = window.__longTasks
    return {
      ready,
      jsBytes: js.reduce((sum, r) => sum + r.transferSize, 0),
      totalBytes: resources.reduce((sum, r) => sum + r.transferSize, nav.transferSize),
      longTasks: tasks.length,
      longTaskMs: tasks.reduce((sum, t) => sum + t.duration, 0),
    }
  })
  await context.close()
  return result
}

// Paint milestones, recorded from before any page script: FCP, the last LCP candidate, the
// layout shifts, when the static map's 26 region links are in the DOM, and when the live map has
// taken its place (static-frame.js hides the static map once the live one is complete: from then
// a click on a region selects it in place instead of following the static map's link).
const RECORD_PAINTS = () => {
  window.__paint = { lcp: 0, cls: 0, staticMap: null, live: null }
  new MutationObserver(() => {
    if (window.__paint.live === null && document.querySelector('#static-frame[hidden]')) {
      window.__paint.live = performance.now()
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'] })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__paint.lcp = e.startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__paint.cls += e.value
  }).observe({ type: 'layout-shift', buffered: true })
  const seen = new MutationObserver(() => {
    if (document.querySelectorAll('#static-frame a').length >= 26) {
      window.__paint.staticMap = performance.now()
      seen.disconnect()
    }
  })
  seen.observe(document, { childList: true, subtree: true })
}

async function paintLoad(browser, path) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'es-PE' })
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'))
  await context.addInitScript(RECORD_PAINTS)
  const page = await context.newPage()
  await page.goto(`${ORIGIN}${path}`)
  await untilMarked(page, 'map-ready', 30_000)
  await page.waitForTimeout(500) // later shifts and LCP candidates count too
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    lcp: window.__paint.lcp,
    cls: window.__paint.cls,
    staticMap: window.__paint.staticMap,
    ready: performance.getEntriesByName('map-ready')[0].startTime,
  }))
  if (!path.startsWith('/__bench/')) Object.assign(result, await clickToCard(page))
  await context.close()
  return result
}

/**
 * The app interactive: once the live map has replaced the static one, a click on Cusco, and the
 * time from the click's event to Cusco's card title in the side panel (both timed in the page).
 */
async function clickToCard(page) {
  await page.waitForFunction(() => window.__paint.live !== null, null, { timeout: 30_000 })
  await page.evaluate(() => {
    window.__click = { at: null, card: null }
    document.addEventListener('click', () => (window.__click.at ??= performance.now()), true)
    const seen = new MutationObserver(() => {
      const title = document.querySelector('#root .side-panel .card-title')
      if (title?.textContent?.includes('Cusco')) {
        window.__click.card = performance.now()
        seen.disconnect()
      }
    })
    seen.observe(document.body, { childList: true, subtree: true, characterData: true })
  })
  // A point of the screen where Cusco's own path is on top (its box's centre may be another's).
  const point = await page.evaluate(() => {
    const path = document.querySelector('path.region-PE-CUS')
    const box = path.getBoundingClientRect()
    for (let i = 1; i < 20; i++) {
      for (let j = 1; j < 20; j++) {
        const x = box.left + (box.width * i) / 20
        const y = box.top + (box.height * j) / 20
        if (document.elementFromPoint(x, y) === path) return { x, y }
      }
    }
    return null
  })
  if (!point) throw new Error('bench: no point of the screen shows Cusco')
  await page.mouse.click(point.x, point.y)
  await page.waitForFunction(() => window.__click.card !== null, null, { timeout: 30_000 })
  return page.evaluate(() => ({
    live: window.__paint.live,
    click: window.__click.card - window.__click.at,
  }))
}

async function comparePaint(browser) {
  const runs = { app: [], bare: [] }
  for (let i = 0; i < RUNS; i++) {
    runs.app.push(await paintLoad(browser, '/region/ayacucho/'))
    runs.bare.push(await paintLoad(browser, '/__bench/bare.html'))
    process.stdout.write(`  paint pair ${i + 1}/${RUNS}\r`)
  }
  const stat = (list, k) => median(list.map((r) => r[k]).filter((v) => v !== null))
  const row = (what, k) => {
    const a = stat(runs.app, k)
    const b = stat(runs.bare, k)
    return `| ${what} | ${ms(a)} | ${b ? ms(b) : '—'} | ${b ? (a / b).toFixed(2) : '—'} |`
  }
  const cls = runs.app.map((r) => r.cls)
  const visible = stat(runs.app, 'fcp') / stat(runs.bare, 'fcp')
  miss(
    'map visible (first paint) /region/ayacucho//bare',
    Number(visible.toFixed(2)),
    TARGETS.visibleRatio,
    '',
  )
  return [
    `First paint of a shared link, ${RUNS} cold loads each, alternating; medians:`,
    '',
    '| | (a) app `/region/ayacucho/` | (b) bare Leaflet | a/b |',
    '|---|---|---|---|',
    row('first contentful paint (the static map, for a)', 'fcp'),
    row('largest contentful paint', 'lcp'),
    `| static map's 26 region links in the DOM | ${ms(stat(runs.app, 'staticMap'))} | — | |`,
    row('live map ready (`map-ready` mark)', 'ready'),
    `| live map in the static one's place: a click selects in place | ${ms(stat(runs.app, 'live'))} | — | |`,
    `| a click on a region (Cusco) → its card in the panel | ${ms(stat(runs.app, 'click'))} | — | |`,
    `| CLS of (a): median, worst | ${median(cls).toFixed(3)}, ${Math.max(...cls).toFixed(3)} | | |`,
    '',
  ]
}

async function compare(browser) {
  const runs = { app: [], bare: [], pages: Object.fromEntries(APP_PAGES.map((p) => [p, []])) }
  for (let i = 0; i < RUNS; i++) {
    // The order rotates each round, so no page always loads first after the previous round.
    const order = ['/', '/__bench/bare.html', ...APP_PAGES]
    for (let k = 0; k < i % order.length; k++) order.push(order.shift())
    for (const path of order) {
      const result = await load(browser, path)
      if (path === '/') runs.app.push(result)
      else if (path === '/__bench/bare.html') runs.bare.push(result)
      else runs.pages[path].push(result)
    }
    process.stdout.write(`  load round ${i + 1}/${RUNS}\r`)
  }
  const stats = (list) => ({
    ready: median(list.map((r) => r.ready)),
    jsBytes: median(list.map((r) => r.jsBytes)),
    totalBytes: median(list.map((r) => r.totalBytes)),
    longTasks: median(list.map((r) => r.longTasks)),
    longTaskMs: median(list.map((r) => r.longTaskMs)),
  })
  // Paired: each load over the bare load of the same round; median and quartiles.
  const paired = (list) => {
    const ratios = list.map((r, i) => r.ready / runs.bare[i].ready).sort((a, b) => a - b)
    const at = (q) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))]
    return { median: median(ratios), low: at(0.25), high: at(0.75) }
  }
  const pages = APP_PAGES.map((path) => ({
    path,
    ...stats(runs.pages[path]),
    spread: [
      Math.min(...runs.pages[path].map((r) => r.ready)),
      Math.max(...runs.pages[path].map((r) => r.ready)),
    ],
    paired: paired(runs.pages[path]),
  }))
  return { app: stats(runs.app), bare: stats(runs.bare), pages, appPaired: paired(runs.app) }
}

async function scale(browser, n) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript(RECORD_LONG_TASKS)
  const page = await context.newPage()
  await page.goto(`${ORIGIN}/__bench/points.html?n=${n}`)
  await untilMarked(page, 'points-shown', 60_000)
  const shown = await page.evaluate(
    () =>
      performance.getEntriesByName('points-shown')[0].startTime -
      performance.getEntriesByName('points-start')[0].startTime,
  )
  // Scripted pans: at the country view, then zoomed in, each animated as a drag ends.
  const panStart = await page.evaluate(() => performance.now())
  const pans = [
    [300, 0],
    [0, 200],
    [-300, 0],
    [0, -200],
  ]
  for (const zoom of [null, 7, 9]) {
    if (zoom)
      await page.evaluate((z) => {
        window.benchMap.setZoom(z, { animate: false })
      }, zoom)
    for (const [x, y] of [...pans, ...pans]) {
      await page.evaluate(
        ([dx, dy]) => {
          window.benchMap.panBy([dx, dy], { duration: 0.2 })
        },
        [x, y],
      )
      await page.waitForTimeout(300)
    }
  }
  const steps = await page.evaluate(() => window.benchSteps) // the full index is built by now
  const longest = await page.evaluate(
    (since) =>
      Math.max(0, ...window.__longTasks.filter((t) => t.start >= since).map((t) => t.duration)),
    panStart,
  )
  await context.close()
  return { shown, longest, ...steps }
}

function lighthouse(path, run) {
  const out = join(OUT, `lighthouse${path.replaceAll('/', '_') || '_'}-${run}.json`)
  execFileSync(
    'npx',
    [
      'lighthouse',
      `${ORIGIN}${path}`,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CHROME_PATH: CHROMIUM } },
  )
  const report = JSON.parse(readFileSync(out, 'utf8'))
  const scores = Object.fromEntries(
    Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]),
  )
  const failing = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => a.id)
  const metric = (id) => report.audits[id]?.numericValue ?? Number.NaN
  const metrics = {
    cls: metric('cumulative-layout-shift'),
    tbt: metric('total-blocking-time'),
    lcp: metric('largest-contentful-paint'),
  }
  return { scores, failing, metrics }
}

/** Lighthouse LIGHTHOUSE_RUNS times on one page: medians, and the range of performance. */
function lighthouseMedians(path) {
  const runs = Array.from({ length: LIGHTHOUSE_RUNS }, (_, run) => lighthouse(path, run))
  const of = (pick) => median(runs.map(pick))
  const performance = runs.map((r) => r.scores.performance)
  return {
    scores: Object.fromEntries(
      Object.keys(runs[0].scores).map((id) => [id, of((r) => r.scores[id])]),
    ),
    range: `${Math.min(...performance)}–${Math.max(...performance)}`,
    cls: of((r) => r.metrics.cls),
    tbt: of((r) => r.metrics.tbt),
    lcp: of((r) => r.metrics.lcp),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  }
}

function miss(what, value, target, unit, higherIsBetter = false) {
  const missed = higherIsBetter ? value < target : value > target
  if (missed) {
    const by = higherIsBetter ? target - value : value - target
    misses.push(
      `${what}: ${value}${unit} against a target of ${target}${unit} (missed by ${Number(by.toFixed(2))}${unit})`,
    )
  }
}

function chromiumVersion() {
  return execFileSync(CHROMIUM, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim()
}

async function main() {
  const loadAtStart = loadavg()[0].toFixed(1) // other people's builds and tests share the cores
  mkdirSync(OUT, { recursive: true })
  build()
  const server = await serve()
  const lines = []
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    console.log(`first paint of /region/ayacucho/ against bare Leaflet, ${RUNS} loads each…`)
    lines.push(...(await comparePaint(browser)))
    console.log(`comparing the app with bare Leaflet, ${RUNS} cold loads each, alternately…`)
    const { app, bare, pages, appPaired } = await compare(browser)
    const ratio = (k) => (bare[k] ? (app[k] / bare[k]).toFixed(2) : '—')
    const pairedText = (p) => `${p.median.toFixed(2)} (${p.low.toFixed(2)}–${p.high.toFixed(2)})`
    lines.push(
      `Cold loads, ${RUNS} each, alternating; medians (bytes transferred, gzip as served):`,
      '',
      '| | (a) app `/` | (b) bare Leaflet | a/b |',
      '|---|---|---|---|',
      `| map ready (\`map-ready\` mark) | ${ms(app.ready)} | ${ms(bare.ready)} | ${ratio('ready')} |`,
      `| JavaScript transferred | ${kb(app.jsBytes)} | ${kb(bare.jsBytes)} | ${ratio('jsBytes')} |`,
      `| total transferred | ${kb(app.totalBytes)} | ${kb(bare.totalBytes)} | ${ratio('totalBytes')} |`,
      `| long tasks (count) | ${app.longTasks} | ${bare.longTasks} | |`,
      `| long tasks (total) | ${ms(app.longTaskMs)} | ${ms(bare.longTaskMs)} | ${ratio('longTaskMs')} |`,
      '',
      `Pages shared links land on, in the same rounds (map-ready: median, min–max; ratio to the bare page's median; paired ratio: median of each round's ratio, quartiles):`,
      '',
      '| page | map ready | ratio to bare | paired ratio | long tasks (count, total) | JavaScript |',
      '|---|---|---|---|---|---|',
      `| \`/\` | ${ms(app.ready)} | ${ratio('ready')} | ${pairedText(appPaired)} | ${app.longTasks}, ${ms(app.longTaskMs)} | ${kb(app.jsBytes)} |`,
      ...pages.map(
        (p) =>
          `| \`${p.path}\` | ${ms(p.ready)} (${ms(p.spread[0])}–${ms(p.spread[1])}) | ${(p.ready / bare.ready).toFixed(2)} | ${pairedText(p.paired)} | ${p.longTasks}, ${ms(p.longTaskMs)} | ${kb(p.jsBytes)} |`,
      ),
      '',
    )
    miss('map-ready ratio a/b', Number(ratio('ready')), TARGETS.ratio, '')
    for (const p of pages) {
      miss(
        `map-ready ratio ${p.path}/bare`,
        Number((p.ready / bare.ready).toFixed(2)),
        TARGETS.ratio,
        '',
      )
    }

    lines.push(
      '| generated points (supercluster in a worker, canvas) | shown after (median) | longest task while panning (worst) |',
      '|---|---|---|',
    )
    for (const n of POINT_COUNTS) {
      const results = []
      for (let i = 0; i < SCALE_RUNS; i++) results.push(await scale(browser, n))
      const shown = median(results.map((r) => r.shown))
      const longest = Math.max(...results.map((r) => r.longest))
      const fetchMs = median(results.map((r) => r.fetchMs))
      const coarseMs = median(results.map((r) => r.coarseMs))
      const fullMs = median(results.map((r) => r.fullMs))
      lines.push(
        `| ${n.toLocaleString('en')} | ${ms(shown)} (fetch ${ms(fetchMs)}, first-view index ${ms(coarseMs)}; full index after ${ms(fullMs)}) | ${longest ? ms(longest) : 'none over 50 ms'} |`,
      )
      if (n === 100_000) {
        miss('100,000 points shown', Math.round(shown), TARGETS.pointsShownMs, ' ms')
      }
      miss(
        `longest task panning ${n.toLocaleString('en')} points`,
        Math.round(longest),
        TARGETS.panTaskMs,
        ' ms',
      )
    }
    lines.push('')
    await browser.close()

    if (!process.env.BENCH_SKIP_LIGHTHOUSE) {
      lines.push(
        `Lighthouse (mobile, simulated throttling), median of ${LIGHTHOUSE_RUNS} runs each:`,
        '',
        '| page | performance (range) | accessibility | best practices | SEO | CLS | TBT | LCP |',
        '|---|---|---|---|---|---|---|---|',
      )
      for (const path of LIGHTHOUSE_PAGES) {
        const { scores, range, cls, tbt, lcp, failing } = lighthouseMedians(path)
        lines.push(
          `| \`${path}\` | ${scores.performance} (${range}) | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} | ${cls.toFixed(3)} | ${ms(tbt)} | ${(lcp / 1000).toFixed(1)} s |`,
        )
        for (const [id, target] of Object.entries(TARGETS.lighthouse)) {
          miss(`Lighthouse ${id} on ${path}`, scores[id], target, '', true)
        }
        miss(`Lighthouse TBT on ${path}`, Math.round(tbt), TARGETS.lighthouseTbtMs, ' ms')
        miss(`Lighthouse CLS on ${path}`, Number(cls.toFixed(3)), TARGETS.lighthouseCls, '')
        if (failing.length > 0) lines.push(`<!-- ${path} failing audits: ${failing.join(', ')} -->`)
      }
      lines.push('')
    }
  } finally {
    server.kill()
  }
  const machine = `${cpus().length} cores (nproc), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, ${chromiumVersion()}, Node ${process.version}`
  lines.unshift(
    `Run on ${new Date().toISOString().slice(0, 10)}, ${machine}; a shared, noisy machine (load average ${loadAtStart} at the start, ${loadavg()[0].toFixed(1)} at the end).`,
    '',
  )
  lines.push(
    misses.length
      ? `Targets missed:\n${misses.map((m) => `- ${m}`).join('\n')}`
      : 'All targets met.',
  )
  const text = lines.join('\n')
  writeFileSync(join(OUT, 'results.md'), `${text}\n`)
  console.log(`\n${text}\n\n(written to ${join(OUT, 'results.md')})`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
