/**
 * The index pages over the built site: /region/ lists every region and /place/ every place, in
 * both languages, each entry a link to a page the build wrote; the pages load no app script.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import regions from '../../geo/peru-regions.json' with { type: 'json' }
import { pageProblems } from '../../src/build/csp.ts'
import { escapeHtml } from '../../src/build/html.ts'
import { DIST, htmlAssets, readPage, requireBuild, startScriptOf } from './dist.ts'

beforeAll(requireBuild)

/** The links of one language's copy of an index page, as paths below the root. */
function links(html: string, lang: 'es' | 'en', folder: string): string[] {
  const start = html.indexOf(`<div class="index-page" lang="${lang}"`)
  const end = html.indexOf('</main>', start)
  expect(start, `${folder}: the ${lang} copy`).toBeGreaterThan(-1)
  const section = html.slice(start, end)
  const root = new URL(`http://site.invalid/${folder}`)
  return [...section.matchAll(/<li><a href="([^"]+)">/g)].map((m) =>
    new URL(m[1] ?? '', root).pathname.slice(1),
  )
}

describe('the index pages', () => {
  it('list every region in both languages, each a link to its page', () => {
    const html = readPage('region/')
    const slugs = regions.features.map((f) => `region/${f.properties.slug}/`).sort()
    for (const lang of ['es', 'en'] as const) {
      const found = links(html, lang, 'region/')
      expect([...found].sort()).toEqual(slugs)
      for (const path of found) expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true)
    }
    expect(html).toContain('>Apurímac</a>')
    expect(html).toContain('<h1>Las 26 regiones del Perú</h1>')
    expect(html).toContain('<h1>Peru&#39;s 26 regions</h1>')
  })

  it('list every place in both languages, by layer, each a link to its page', () => {
    const html = readPage('place/')
    const ids = dataset.places.map((p) => `place/${p.id}/`).sort()
    for (const lang of ['es', 'en'] as const) {
      const found = links(html, lang, 'place/')
      expect([...found].sort()).toEqual(ids)
      for (const path of found) expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true)
    }
    for (const layer of dataset.layers) {
      if (dataset.places.some((p) => p.layer === layer.id)) {
        expect(html).toContain(`<h2>${escapeHtml(layer.name.en)}</h2>`)
        expect(html).toContain(`<h2>${escapeHtml(layer.name.es)}</h2>`)
      }
    }
  })

  it('show Spanish without JavaScript, load only the language script and keep the policy', () => {
    for (const folder of ['region/', 'place/']) {
      const html = readPage(folder)
      expect(html).toMatch(/<div class="index-page" lang="es" data-title="[^"]*">/)
      expect(html).toMatch(/<div class="index-page" lang="en" data-title="[^"]*" hidden>/)
      const page = join(DIST, folder, 'index.html')
      const { scripts } = htmlAssets(html, page)
      const start = startScriptOf(html, page) // builds without SITE_URL (startScript.ts)
      expect(scripts.filter((f) => f !== start)).toHaveLength(1)
      expect(scripts.find((f) => f !== start)).toMatch(/assets\/index-lang-[\w-]+\.js$/)
      expect(html).not.toMatch(/modulepreload/)
      expect(pageProblems(html)).toEqual([])
      expect(html.match(/<main/g)).toHaveLength(2) // one per language, the English one hidden
    }
  })
})
