/**
 * The pure parts of the link previews, without a build: which pages exist, their descriptions
 * (the data's own sentences), the head tags and the site address they use.
 */
import { describe, expect, it } from 'vitest'
import type { Place } from '../../data/types.ts'
import regions from '../../geo/peru-regions.json' with { type: 'json' }
import { headTags, siteUrlFrom } from '../../src/build/head.ts'
import { type Page, pages, regionDescription } from '../../src/build/pages.ts'
import { clip, joinNames } from '../../src/build/text.ts'
import type { RegionCollection } from '../../src/model/regions.ts'

const REGIONS = regions as unknown as RegionCollection

function place(id: string, region: string | null, name: string, description: string): Place {
  return {
    id,
    layer: 'article',
    kind: 'city',
    name: { es: name, en: name },
    description: { es: description, en: description },
    region,
    country: 'PE',
    geometry: { type: 'point', lat: -13.16, lng: -74.22 },
    approximate: null,
    dates: [],
    timeline: null,
    facts: [],
    named_in_article: true,
  }
}

const HUAMANGA = place('huamanga', 'PE-AYA', 'Huamanga & <Ayacucho>', 'Dijo "basta". Y más.')

describe('the pages of the site', () => {
  const list = pages({ regions: REGIONS, places: [HUAMANGA] })
  const byPath = new Map(list.map((p) => [p.path, p]))

  it('have one page per region key, sharing the canonical page and the image', () => {
    const ayacucho = byPath.get('region/ayacucho/') as Page
    for (const alias of ['region/PE-AYA/', 'region/pe-aya/']) {
      expect(byPath.get(alias)).toEqual({ ...ayacucho, path: alias })
    }
    expect(byPath.get('region/lima/')?.canonicalPath).toBe('region/lima-metropolitana/')
    expect(ayacucho.key).toBe('region-ayacucho')
  })

  it('have a page per place, described by its own description', () => {
    const page = byPath.get('place/huamanga/') as Page
    expect(page.canonicalPath).toBe('place/huamanga/')
    expect(page.description.es).toBe('Dijo "basta". Y más.')
    expect(page.highlight).toEqual({ kind: 'point', lat: -13.16, lng: -74.22 })
  })

  it('refuse a place id that is not an ASCII slug (it becomes a folder)', () => {
    expect(() => pages({ regions: REGIONS, places: [place('../x', null, 'x', 'x')] })).toThrow(
      /not an ASCII slug/,
    )
  })

  it('describe a region by the places the map shows in it, or say what it is', () => {
    const name = { es: 'Ayacucho', en: 'Ayacucho' }
    expect(regionDescription(name, 'PE-AYA', [HUAMANGA], 26).es).toBe(
      'Lo que muestra el mapa de las protestas de diciembre de 2022 en Ayacucho: «Huamanga & <Ayacucho>».',
    )
    expect(regionDescription(name, 'PE-CUS', [HUAMANGA], 26).es).toMatch(
      /^Ayacucho, una de las 26 regiones del Perú, en el mapa del artículo/,
    )
  })
})

describe('the head tags', () => {
  const page = pages({ regions: REGIONS, places: [HUAMANGA] }).find(
    (p) => p.path === 'region/PE-AYA/',
  ) as Page

  it('use absolute addresses under SITE_URL', () => {
    const html = headTags(page, 'https://example.org/peru-map/')
    expect(html).toContain(
      '<link rel="canonical" href="https://example.org/peru-map/region/ayacucho/" />',
    )
    expect(html).toContain(
      '<meta property="og:image" content="https://example.org/peru-map/og/region-ayacucho.png" />',
    )
  })

  it('use addresses relative to the page without it', () => {
    const html = headTags(page, null)
    expect(html).toContain('<link rel="canonical" href="../../region/ayacucho/" />')
    expect(html).toContain('<meta name="twitter:image" content="../../og/region-ayacucho.png" />')
  })

  it('escape text from data', () => {
    const huamanga = pages({ regions: REGIONS, places: [HUAMANGA] }).find(
      (p) => p.path === 'place/huamanga/',
    ) as Page
    const html = headTags(huamanga, null)
    expect(html).toContain('Huamanga &amp; &lt;Ayacucho&gt;')
    expect(html).toContain('Dijo &quot;basta&quot;')
    expect(html).not.toContain('<Ayacucho>')
  })

  it('take SITE_URL as an absolute http(s) address and end it with a slash', () => {
    expect(siteUrlFrom(undefined)).toBeNull()
    expect(siteUrlFrom('')).toBeNull()
    expect(siteUrlFrom('https://example.org/peru-map')).toBe('https://example.org/peru-map/')
    expect(() => siteUrlFrom('example.org/peru-map/')).toThrow(/SITE_URL/)
    expect(() => siteUrlFrom('ftp://example.org/')).toThrow(/SITE_URL/)
  })
})

describe('short texts', () => {
  it('keep a short text whole and cut a long one at a sentence, else at a word', () => {
    expect(clip('Cerrado el 12.', 40)).toBe('Cerrado el 12.')
    expect(clip('Cerrado el 12 de diciembre. Reabrió el 16 bajo custodia.', 40)).toBe(
      'Cerrado el 12 de diciembre.',
    )
    expect(clip('Cerrado desde el 12 de diciembre de 2022 tras un intento', 30)).toBe(
      'Cerrado desde el 12 de…',
    )
  })

  it('list the first names and count the rest', () => {
    expect(joinNames(['A'], 3, 'es')).toBe('A')
    expect(joinNames(['A', 'B'], 3, 'en')).toBe('A and B')
    expect(joinNames(['A', 'B', 'C', 'D', 'E'], 3, 'es')).toBe('A, B, C y 2 más')
  })
})
