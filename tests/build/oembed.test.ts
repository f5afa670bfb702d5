/**
 * The embed's pages and oEmbed over the built site: every page has its embed/ twin; every page
 * (full and embed) names one oEmbed file, which parses as an oEmbed 1.0 rich response whose iframe
 * opens an existing embed page of the same canonical page and whose thumbnail is its preview.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DIST, pageFolders, readPage, requireBuild } from './dist.ts'
import { readHead } from './head.ts'
import { pngSize } from './png.ts'

const SITE = 'http://site.invalid/' // stands for the site's root when addresses are relative

// The index pages (lists of links, issue 9) have no map: no embed twin, no oEmbed response.
const INDEX_PAGES = ['region/', 'place/']
let folders: string[] = []
let siteUrl: string | null = null

/** An address written in the page at `folder` (or in a file at the root) as a path below the root. */
function rootPath(address: string, folder: string): string {
  const url = new URL(address, `${siteUrl ?? SITE}${folder}`)
  const root = siteUrl ?? SITE
  if (!url.href.startsWith(root)) throw new Error(`${address} is outside the site (${root})`)
  return decodeURIComponent(url.pathname.slice(new URL(root).pathname.length))
}

function oembedHref(html: string): string[] {
  return [
    ...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g),
  ].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'))
}

beforeAll(() => {
  requireBuild()
  folders = pageFolders().filter((f) => !INDEX_PAGES.includes(f))
  const home = readHead(readPage('')).canonical ?? ''
  siteUrl = /^https?:\/\//.test(home) ? home : null
})

describe('the embed pages', () => {
  it('are written for every page of the site, aliases and ISO codes included', () => {
    const full = folders.filter((f) => !f.startsWith('embed/'))
    expect(full.length).toBeGreaterThan(100)
    for (const folder of full) expect(folders, folder).toContain(`embed/${folder}`)
    expect(folders).toContain('embed/region/PE-AYA/')
    expect(folders).toContain('embed/region/lima/')
  })

  it('name the full page as canonical, stay out of search results and load the embed bundle', () => {
    const html = readPage('embed/region/ayacucho/')
    expect(rootPath(readHead(html).canonical ?? '', 'embed/region/ayacucho/')).toBe(
      'region/ayacucho/',
    )
    expect(html).toContain('<meta name="robots" content="noindex" />')
    // Relative to the page, or at the root (SITE_URL).
    expect(html).toMatch(
      /<script type="module" crossorigin src="(?:\.\.\/\.\.\/\.\.\/|\/[^"]*)embed-assets\//,
    )
    expect(html).not.toMatch(/src="[^"]*assets\/index-/)
  })
})

describe('oEmbed without a server', () => {
  it('every page names one response, which parses and opens an existing embed page', () => {
    const checked = new Set<string>()
    for (const folder of folders) {
      const hrefs = oembedHref(readPage(folder))
      expect(hrefs, `/${folder}`).toHaveLength(1)
      const file = rootPath(hrefs[0] ?? '', folder)
      expect(file, `/${folder}`).toMatch(/^oembed\/[\w-]+\.json$/)
      if (checked.has(file)) continue
      checked.add(file)
      const json = JSON.parse(readFileSync(join(DIST, file), 'utf8'))
      expect(json).toMatchObject({ version: '1.0', type: 'rich' })
      expect(json.width).toBeGreaterThan(0)
      expect(json.height).toBeGreaterThan(0)
      expect(json.title).not.toBe('')
      expect(json.provider_name).not.toBe('')
      const src =
        /^<iframe src="([^"]+)" title="[^"]+"[^>]* loading="lazy" allowfullscreen[^>]*><\/iframe>$/.exec(
          json.html,
        )?.[1]
      expect(src, file).toBeDefined()
      const embed = rootPath((src ?? '').replaceAll('&amp;', '&'), '')
      expect(embed, file).toMatch(/^embed\//)
      expect(existsSync(join(DIST, embed, 'index.html')), `${file} → /${embed}`).toBe(true)
      const thumbnail = rootPath(json.thumbnail_url, '')
      expect(pngSize(readFileSync(join(DIST, thumbnail)))).toEqual({
        width: json.thumbnail_width,
        height: json.thumbnail_height,
      })
    }
    expect(checked.size).toBe(readdirSync(join(DIST, 'oembed')).length) // one per canonical page
  })

  it('gives a region page the response of its region, with its preview as the thumbnail', () => {
    const [href] = oembedHref(readPage('region/PE-AYA/'))
    const json = JSON.parse(
      readFileSync(join(DIST, rootPath(href ?? '', 'region/PE-AYA/')), 'utf8'),
    )
    expect(rootPath(json.thumbnail_url, '')).toBe('og/region-ayacucho.png')
    expect(json.html).toContain('embed/region/ayacucho/"')
    expect(json.title).toBe(readHead(readPage('region/ayacucho/')).title)
  })
})
