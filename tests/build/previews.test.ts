/**
 * Link previews over the built site: every page carries its title, description, canonical
 * address, Open Graph and Twitter tags; every preview image exists, is 1200×630 and small; each
 * canonical page has its own canonical address and image, and alias pages point at theirs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import regions from '../../geo/peru-regions.json' with { type: 'json' }
import { DIST, pageFolders, readPage, requireBuild } from './dist.ts'
import { one, type PageHead, readHead } from './head.ts'
import { pngSize } from './png.ts'

const IMAGE_BYTES = 150_000 // bytes: previews load fast and stay under every scraper's limit
const site = 'http://site.invalid/'

let heads: Map<string, PageHead>

/** A page's address (relative to the page, or absolute under SITE_URL) as a path below the root. */
function rootPath(address: string, folder: string, siteUrl: string | null): string {
  const base = siteUrl ?? `${site}${folder}`
  const url = new URL(address, base)
  const root = siteUrl ?? site
  if (!url.href.startsWith(root)) throw new Error(`${address} is outside the site (${root})`)
  return url.href.slice(root.length)
}

/** SITE_URL as the build used it: the home page's canonical address when that is absolute. */
function siteUrlOf(home: PageHead): string | null {
  return home.canonical && /^https?:\/\//.test(home.canonical) ? home.canonical : null
}

beforeAll(() => {
  requireBuild()
  heads = new Map(pageFolders().map((folder) => [folder, readHead(readPage(folder))]))
})

describe('every page previews well', () => {
  it('writes a page for the root, each region key, each place and the two index pages', () => {
    const folders = [...heads.keys()]
    expect(folders).toContain('')
    for (const f of regions.features) {
      const p = f.properties
      for (const key of [p.slug, p.iso, p.iso.toLowerCase()]) {
        expect(folders).toContain(`region/${key}/`)
      }
    }
    expect(folders).toContain('region/lima/')
    for (const place of dataset.places) expect(folders).toContain(`place/${place.id}/`)
    expect(folders).toContain('region/')
    expect(folders).toContain('place/')
  })

  it('gives each page a title, description, canonical address and the Open Graph and Twitter tags', () => {
    for (const [folder, head] of heads) {
      const where = `/${folder}`
      expect(head.title, where).not.toBe('')
      expect(head.canonical, where).not.toBeNull()
      const description = one(head, 'description')
      expect(description.length, where).toBeGreaterThan(40)
      expect(one(head, 'og:title'), where).toBe(head.title)
      expect(one(head, 'og:description'), where).toBe(description)
      expect(one(head, 'og:url'), where).toBe(head.canonical)
      expect(one(head, 'og:type'), where).toBe('website')
      expect(one(head, 'og:site_name'), where).not.toBe('')
      expect(one(head, 'og:locale'), where).toBe('es_PE')
      expect(one(head, 'og:locale:alternate'), where).toMatch(/^en_(GB|US)$/)
      expect(one(head, 'og:image:width'), where).toBe('1200')
      expect(one(head, 'og:image:height'), where).toBe('630')
      expect(one(head, 'og:image:alt'), where).not.toBe('')
      expect(one(head, 'twitter:card'), where).toBe('summary_large_image')
      expect(one(head, 'twitter:title'), where).toBe(head.title)
      expect(one(head, 'twitter:description'), where).toBe(description)
      expect(one(head, 'twitter:image'), where).toBe(one(head, 'og:image'))
    }
  })

  it('points every og:image at a 1200×630 PNG under 150 KB', () => {
    const siteUrl = siteUrlOf(heads.get('') as PageHead)
    const sizes = new Map<string, number>() // image file → bytes
    for (const [folder, head] of heads) {
      const file = join(DIST, rootPath(one(head, 'og:image'), folder, siteUrl))
      expect(existsSync(file), `/${folder}: ${file}`).toBe(true)
      const bytes = readFileSync(file)
      expect(pngSize(bytes), `/${folder}`).toEqual({ width: 1200, height: 630 })
      expect(statSync(file).size, `/${folder}`).toBeLessThan(IMAGE_BYTES)
      sizes.set(file, bytes.length)
    }
    const kb = (n: number) => `${(n / 1000).toFixed(0)} KB`
    console.log(
      `preview images: ${sizes.size} files, ${kb(Math.min(...sizes.values()))}–${kb(Math.max(...sizes.values()))}`,
    )
  })

  it('gives each canonical page its own canonical address, title and image; aliases point at theirs', () => {
    const siteUrl = siteUrlOf(heads.get('') as PageHead)
    const canonicalPages = new Map<string, PageHead>()
    for (const [folder, head] of heads) {
      const target = rootPath(head.canonical ?? '', folder, siteUrl)
      const targetHead = heads.get(target)
      expect(targetHead, `/${folder} → /${target}`).toBeDefined()
      if (target === folder) canonicalPages.set(folder, head)
      else {
        // An alias shows the same preview as its canonical page.
        expect(head.title, `/${folder}`).toBe(targetHead?.title)
        expect(rootPath(one(head, 'og:image'), folder, siteUrl)).toBe(
          rootPath(one(targetHead as PageHead, 'og:image'), target, siteUrl),
        )
      }
    }
    const distinct = (values: string[]) => new Set(values).size
    const list = [...canonicalPages]
    const indexes = 2 // region/ and place/, the lists of regions and of places (issue 9)
    expect(list.length).toBe(1 + regions.features.length + dataset.places.length + indexes)
    expect(distinct(list.map(([f, h]) => rootPath(one(h, 'og:image'), f, siteUrl)))).toBe(
      list.length,
    )
    expect(distinct(list.map(([, h]) => h.title))).toBe(list.length)
    expect(heads.get('region/PE-AYA/')?.canonical).toMatch(/region\/ayacucho\/$/)
    expect(heads.get('region/lima/')?.canonical).toMatch(/region\/lima-metropolitana\/$/)
  })

  it("uses the data's own sentences: a place's description is its description", () => {
    for (const place of dataset.places) {
      const description = one(heads.get(`place/${place.id}/`) as PageHead, 'description')
      const start = description.replace(/…$/, '').slice(0, 40)
      expect(place.description.es.replace(/\s+/g, ' ')).toContain(start)
    }
  })
})
