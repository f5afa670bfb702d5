/**
 * Budgets over the built site (STYLE.md, habit 10): what a first visit downloads, gzipped.
 *
 * - initial JavaScript ≤ 130 KB: the module script of dist/index.html, its module preloads and
 *   every chunk they import statically (dist.ts), less the first view's data chunks, which the
 *   page preloads as well but which count in their own budget below;
 * - CSS ≤ 15 KB: every stylesheet in assets/;
 * - geometry and data for the first view ≤ 60 KB: the chunks the initial JavaScript imports
 *   dynamically whose names say they hold geometry or data (FIRST_VIEW_CHUNK: peru-regions-*.js,
 *   basemap-*.js, zones-*.js, data-*.js — Vite names a JSON/TS chunk after its file);
 * - the close-up detail ≤ 25 KB: geo/detail.json's own chunk (detail-*.js: rivers, lakes, towns),
 *   which the after-first-paint chunk imports, so it is neither initial nor first-view data;
 * - Turf's union and simplify are in no browser chunk (turf.ts).
 *
 * Sizes are gzip at zlib's default level in kB of 1000 bytes, as Vite's build report prints them.
 * A budget that fails says by how much. Raise one only with the reason in the commit.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DIST, gzipBytes, htmlAssets, requireBuild, scriptGraph } from './dist.ts'
import { turfIn } from './turf.ts'

const KB = 1000 // kB as Vite's build report counts them, so the figures agree
const BUDGET = {
  initialJs: 130 * KB, // gzip; ~121 KB when set (React 19 + Leaflet + react-leaflet + the app)
  css: 15 * KB, // gzip
  firstViewData: 60 * KB, // gzip: regions, neighbours, zones, places and their texts
  detail: 25 * KB, // gzip; ~11 KB when set (rivers and lakes ~6 KB, 194 towns)
}
const FIRST_VIEW_CHUNK = /^(peru-regions|basemap|zones|data)-[\w-]+\.js$/
const DETAIL_CHUNK = /^detail-[\w-]+\.js$/

interface Row {
  what: string
  files: string[]
  bytes: number
  budget: number | null
}

const rows: Row[] = []
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`

function over(row: Row): string {
  if (row.budget === null || row.bytes <= row.budget) return ''
  return `${row.what}: ${kb(row.bytes)} gzip is ${kb(row.bytes - row.budget)} over its ${kb(row.budget)} budget (${row.files.map((f) => basename(f)).join(', ')})`
}

function measure(what: string, files: string[], budget: number | null): Row {
  const row = { what, files, bytes: files.reduce((sum, f) => sum + gzipBytes(f), 0), budget }
  rows.push(row)
  return row
}

let initial: string[] = []
let lazy: string[] = []
let styles: string[] = []

beforeAll(() => {
  requireBuild()
  const page = join(DIST, 'index.html')
  const assets = htmlAssets(readFileSync(page, 'utf8'), page)
  // The first view's data chunks are module-preloaded too (src/build/preloads.ts): they count in
  // the data budget, as what the entry imports dynamically, not as initial JavaScript.
  const code = assets.scripts.filter((f) => !FIRST_VIEW_CHUNK.test(basename(f)))
  ;({ initial, lazy } = scriptGraph(code))
  styles = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => join(DIST, 'assets', f))
  return () => {
    console.log(
      [
        `Budgets (gzip, zlib default level; 1 KB = 1000 bytes) of ${DIST}`,
        '| what | gzip | budget | files |',
        '|---|---|---|---|',
        ...rows.map(
          (r) =>
            `| ${r.what} | ${kb(r.bytes)} | ${r.budget === null ? '—' : kb(r.budget)} | ${r.files.map((f) => `${basename(f)} ${kb(gzipBytes(f))}`).join(', ')} |`,
        ),
      ].join('\n'),
    )
  }
})

describe('the first visit stays within its budgets', () => {
  it('loads at most 130 KB of JavaScript (gzip) before the map can start', () => {
    expect(initial.length, 'the page loads no module script').toBeGreaterThan(0)
    const row = measure('initial JavaScript', initial, BUDGET.initialJs)
    expect(over(row)).toBe('')
  })

  it('loads at most 15 KB of CSS (gzip)', () => {
    expect(styles.length, 'no stylesheet in assets/').toBeGreaterThan(0)
    const row = measure('CSS', styles, BUDGET.css)
    expect(over(row)).toBe('')
  })

  it('loads at most 60 KB of geometry and data (gzip) for the first view', () => {
    const chunks = lazy.filter((f) => FIRST_VIEW_CHUNK.test(basename(f)))
    const names = chunks.map((f) => basename(f))
    // The regions and the neighbours must be found, or the pattern no longer matches the build.
    expect(names.some((n) => n.startsWith('peru-regions-'))).toBe(true)
    expect(names.some((n) => n.startsWith('basemap-'))).toBe(true)
    const row = measure('first-view geometry and data', chunks, BUDGET.firstViewData)
    const others = lazy.filter((f) => !chunks.includes(f))
    if (others.length > 0) measure('other lazy chunks (no budget)', others, null)
    expect(over(row)).toBe('')
  })

  it('loads the close-up detail (at most 25 KB gzip) as a chunk of its own, after the first view', () => {
    const chunks = readdirSync(join(DIST, 'assets'))
      .filter((f) => DETAIL_CHUNK.test(f))
      .map((f) => join(DIST, 'assets', f))
    expect(chunks.map((f) => basename(f))).toHaveLength(1)
    expect(
      initial.filter((f) => chunks.includes(f)),
      'the detail is initial JavaScript',
    ).toEqual([])
    expect(chunks.some((f) => FIRST_VIEW_CHUNK.test(basename(f)))).toBe(false)
    const code = readFileSync(chunks[0] ?? '', 'utf8')
    expect(code, 'the chunk holds the towns').toContain('Juliaca')
    const row = measure('close-up detail (rivers, lakes, towns)', chunks, BUDGET.detail)
    expect(over(row)).toBe('')
  })

  it('ships no Turf union or simplify to the browser', () => {
    const js = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'))
    const found = js.flatMap((file) =>
      turfIn(readFileSync(join(DIST, 'assets', file), 'utf8')).map(
        ({ pkg, marker }) => `${file}: ${pkg} ("${marker}")`,
      ),
    )
    expect(found).toEqual([])
  })
})
