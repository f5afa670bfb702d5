/**
 * The static map in every built page (src/build/svg/): present once, framed by a script that
 * exists, linking only to pages that exist, and within its size budget.
 *
 * The embeds (/embed/…) and the index pages (/region/, /place/) are not among these pages.
 *
 * Budget: the map adds at most 40 KB gzip to a page (measured as the page's gzip size with and
 * without it; 12.4 KB at most when set), and static-frame.js, loaded by every page before the
 * app, stays under 3 KB gzip (2.8 KB when last set, with the app's own reader of a link's
 * `#map=` view).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { DIST, pageFolders, readPage, requireBuild } from './dist.ts'

const KB = 1000
const MAP_BUDGET = 40 * KB // gzip bytes a page's static map may add
const SCRIPT_BUDGET = 3 * KB // gzip bytes of static-frame.js
const NAV = /<nav id="static-frame"[\s\S]*?<\/nav>/g
const SCRIPT = /<script src="([^"]*static-frame-[\w-]+\.js)"><\/script>/g

const INDEX_PAGES = ['region/', 'place/']

let folders: string[] = []
beforeAll(() => {
  requireBuild()
  // The full site's pages. The embeds (/embed/…, src/embed/) are iframes with a layout and a fit
  // of their own, loaded lazily inside other sites' pages: they carry no static map (yet). The
  // index pages are lists of links with no map (src/build/indexPages.ts).
  folders = pageFolders().filter(
    (folder) => !folder.startsWith('embed/') && !INDEX_PAGES.includes(folder),
  )
})

const gzip = (text: string) => gzipSync(text).length

describe('the static map of every page', () => {
  it('is in every page once, with its frame script right after it (and the card, the app)', () => {
    expect(folders.length).toBeGreaterThan(100)
    for (const folder of [...folders, '404']) {
      const html =
        folder === '404' ? readFileSync(join(DIST, '404.html'), 'utf8') : readPage(folder)
      expect(html.match(NAV), folder).toHaveLength(1)
      expect(html.match(SCRIPT), folder).toHaveLength(1)
      // Between them only the page's static card (build/card/) and the app's start (appStart.ts).
      expect(html, folder).toMatch(
        /<\/nav>\s*(?:<div id="static-card"[\s\S]*?)?(?:<template id="app-start">.*<\/template>\s*)?<script src="[^"]*static-frame-/,
      )
    }
  })

  it('links each region to a page that exists, from every page', () => {
    for (const folder of folders) {
      const html = readPage(folder)
      const hrefs = [...(html.match(NAV)?.[0] ?? '').matchAll(/<a href="([^"]+)"/g)].map(
        (m) => m[1] ?? '',
      )
      expect(hrefs, folder).toHaveLength(26)
      for (const href of hrefs) {
        const target = resolve(DIST, folder, href, 'index.html')
        expect(existsSync(target), `${folder} → ${href}`).toBe(true)
      }
    }
  })

  it('loads a frame script that exists, from every page', () => {
    for (const folder of folders) {
      const src = [...readPage(folder).matchAll(SCRIPT)][0]?.[1] ?? ''
      expect(existsSync(resolve(DIST, folder, src)), `${folder} → ${src}`).toBe(true)
    }
  })

  it(`adds at most ${MAP_BUDGET / KB} KB gzip to a page, and its script ${SCRIPT_BUDGET / KB} KB`, () => {
    const extra = folders.map((folder) => {
      const html = readPage(folder)
      return { folder, bytes: gzip(html) - gzip(html.replace(NAV, '')) }
    })
    const largest = extra.reduce((a, b) => (b.bytes > a.bytes ? b : a))
    console.log(
      `static map: largest ${(largest.bytes / KB).toFixed(1)} KB gzip (${largest.folder || '/'})`,
    )
    expect(largest.bytes, largest.folder).toBeLessThanOrEqual(MAP_BUDGET)
    const src = [...readPage('').matchAll(SCRIPT)][0]?.[1] ?? ''
    const script = gzipSync(readFileSync(resolve(DIST, src))).length
    console.log(`static-frame.js: ${(script / KB).toFixed(1)} KB gzip`)
    expect(script).toBeLessThanOrEqual(SCRIPT_BUDGET)
  })
})
