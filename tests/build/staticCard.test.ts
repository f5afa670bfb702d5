/**
 * The first paint of a shared link (issue 9): every region and place page carries its card as
 * HTML (src/build/card/), in both languages (the Spanish one shown, the English one hidden until
 * static-frame.js picks), inert and hidden from assistive technology (the live card is the one read), without style attributes (the CSP refuses them), within its size
 * budget; and every map page starts the app only after that first paint (src/build/appStart.ts):
 * no module script or module preload is left in <head>, they wait in <template id="app-start">.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { DIST, pageFolders, readPage, requireBuild } from './dist.ts'

const KB = 1000
const CARD_BUDGET = 4 * KB // gzip bytes the card (both languages) may add to a page
const CARD =
  /<div id="static-card" class="static-card" inert aria-hidden="true">[\s\S]*?<div class="static-card-bar"><\/div><\/div>/g
const TEMPLATE = /<template id="app-start">(.*?)<\/template>/g

let mapPages: string[] = []
let cardPages: string[] = []
beforeAll(() => {
  requireBuild()
  mapPages = pageFolders().filter(
    (f) => !f.startsWith('embed/') && !['region/', 'place/'].includes(f),
  )
  cardPages = mapPages.filter((f) => f.startsWith('region/') || f.startsWith('place/'))
})

const head = (html: string) => html.slice(0, html.indexOf('</head>'))
const nameInTitle = (html: string) => /<title>(.*?) — /.exec(html)?.[1]

describe('the card in the HTML of every region and place page', () => {
  it('is there once, in Spanish and (hidden) English, named as the page is', () => {
    expect(cardPages.length).toBeGreaterThan(100)
    for (const folder of cardPages) {
      const html = readPage(folder)
      const cards = html.match(CARD) ?? []
      expect(cards, folder).toHaveLength(1)
      const card = cards[0] ?? ''
      expect(card, folder).toContain('<div class="card-slot" data-lang="es">')
      expect(card, folder).toContain('<div class="card-slot" data-lang="en" hidden>')
      const titles = [...card.matchAll(/<h2 class="card-title"[^>]*>([^<]*)<\/h2>/g)].map(
        (m) => m[1],
      )
      expect(titles, folder).toHaveLength(2)
      expect(titles[0], folder).toBe(nameInTitle(html)?.replaceAll('&#39;', "'"))
      // Ids of its own (the live card, drawn before this one goes, has the same ones).
      expect(card, folder).not.toMatch(/ id="(?!static-(?:es|en)-|static-card")/)
      expect(card, folder).toMatch(/<article class="card[^"]*"[^>]*lang="es"/)
      expect(card, folder).toMatch(/<article class="card[^"]*"[^>]*lang="en"/)
    }
  })

  it('has no style attribute and no script (the CSP and the escaping hold)', () => {
    for (const folder of cardPages) {
      const card = readPage(folder).match(CARD)?.[0] ?? ''
      expect(card, folder).not.toMatch(/\sstyle=|<script|\son[a-z]+=/i)
    }
  })

  it('is not on the home page or the 404 page', () => {
    expect(readPage('')).not.toContain('id="static-card"')
    expect(readFileSync(join(DIST, '404.html'), 'utf8')).not.toContain('id="static-card"')
  })

  it(`adds at most ${CARD_BUDGET / KB} KB gzip to a page`, () => {
    const sizes = cardPages.map((folder) => {
      const html = readPage(folder)
      return { folder, bytes: gzipSync(html).length - gzipSync(html.replace(CARD, '')).length }
    })
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a))
    console.log(
      `static card: largest ${(largest.bytes / KB).toFixed(1)} KB gzip (${largest.folder})`,
    )
    expect(largest.bytes, largest.folder).toBeLessThanOrEqual(CARD_BUDGET)
  })
})

describe('the app starts after the first paint', () => {
  it('on every map page: its module script and preloads wait in a template, none in <head>', () => {
    for (const folder of [...mapPages, '404']) {
      const html =
        folder === '404' ? readFileSync(join(DIST, '404.html'), 'utf8') : readPage(folder)
      expect(head(html), folder).not.toMatch(/<script type="module"|rel="modulepreload"/)
      const templates = [...html.matchAll(TEMPLATE)]
      expect(templates, folder).toHaveLength(1)
      const tags = templates[0]?.[1] ?? ''
      expect(
        tags.match(/<script type="module"[^>]*src="[^"]*\/index-[\w-]+\.js"/g),
        folder,
      ).toHaveLength(1)
      expect(tags.match(/<link rel="modulepreload"/g)?.length ?? 0, folder).toBeGreaterThan(3)
    }
  })
})
