/**
 * The index pages `region/` and `place/`: plain lists of every region and every place, each a
 * link to its page, so that `/region/` and `/place/` (which readers reach by trimming a link, and
 * crawlers by walking up) give a page instead of a 403 or a directory listing.
 *
 * Each page holds both languages as HTML, Spanish shown, English `hidden`; a small module script
 * (src/indexPage/lang.ts, no inline script) shows the language the app would pick: `?lang=`, else
 * the browser's preference. With JavaScript off the Spanish list is there, as on the other pages.
 * Text from data is escaped; the head carries the same preview tags as every other page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { dataset } from '../../data/index.ts'
import type { Localized, Place } from '../../data/types.ts'
import basemapJson from '../../geo/basemap.json' with { type: 'json' }
import regionsJson from '../../geo/peru-regions.json' with { type: 'json' }
import zonesJson from '../../geo/zones.json' with { type: 'json' }
import type { Lang } from '../i18n/lang.ts'
import { STRINGS } from '../i18n/strings.ts'
import type { CountryCollection } from '../model/basemap.ts'
import { indexRegions, type RegionCollection } from '../model/regions.ts'
import { rootFrom, viteBase } from './base.ts'
import { headTags, siteUrlFrom } from './head.ts'
import { escapeHtml, rebaseAssets, withHead } from './html.ts'
import type { CardGeometry, ZoneCollection } from './og/card.ts'
import { writeCards } from './og/render.ts'
import { depthOf, type Page } from './pages.ts'

const LANG_SCRIPT = fileURLToPath(new URL('../indexPage/lang.ts', import.meta.url))
const LANGS: readonly Lang[] = ['es', 'en']
const SHORT_NAME: Localized = { es: 'Perú, diciembre de 2022', en: 'Peru, December 2022' }

export interface IndexItem {
  name: Localized
  href: string // below the root: 'region/ayacucho/'
}
export interface IndexGroup {
  heading: Localized | null
  items: IndexItem[]
}
export interface IndexPage extends Page {
  heading: Localized
  intro: Localized
  groups: IndexGroup[]
}

const REGIONS_HEADING: Localized = { es: 'Las 26 regiones del Perú', en: "Peru's 26 regions" }
const PLACES_HEADING: Localized = { es: 'Los lugares del mapa', en: 'The places on the map' }

function sortedItems(items: IndexItem[]): IndexItem[] {
  const collator = new Intl.Collator('es')
  return items.sort((a, b) => collator.compare(a.name.es, b.name.es))
}

/** The two index pages, from the same regions and places as the map. */
export function indexPages(regions: RegionCollection, places: readonly Place[]): IndexPage[] {
  const regionItems = indexRegions(regions).list.map((r) => ({
    name: r.name,
    href: `region/${r.slug}/`,
  }))
  const placeGroups = dataset.layers.flatMap((layer) => {
    const items = places
      .filter((p) => p.layer === layer.id)
      .map((p) => ({ name: p.name, href: `place/${p.id}/` }))
    return items.length > 0 ? [{ heading: layer.name, items: sortedItems(items) }] : []
  })
  const placeCount = placeGroups.reduce((n, g) => n + g.items.length, 0)
  const page = (
    path: string,
    key: string,
    heading: Localized,
    intro: Localized,
    groups: IndexGroup[],
  ): IndexPage => ({
    path,
    canonicalPath: path,
    key,
    title: { es: `${heading.es} — ${SHORT_NAME.es}`, en: `${heading.en} — ${SHORT_NAME.en}` },
    description: intro,
    label: heading,
    highlight: { kind: 'none' },
    heading,
    intro,
    groups,
  })
  return [
    page(
      'region/',
      'index-regions',
      REGIONS_HEADING,
      {
        es: `Cada región del Perú en el mapa de las protestas de diciembre de 2022: lo que el artículo de WSWS del 16 de diciembre de 2022 y sus fuentes dicen de ella.`,
        en: `Each of Peru's regions on the map of the December 2022 protests: what the WSWS article of 16 December 2022 and its sources say about it.`,
      },
      [{ heading: null, items: regionItems }],
    ),
    page(
      'place/',
      'index-places',
      PLACES_HEADING,
      {
        es: `Los ${placeCount} lugares del mapa de las protestas de diciembre de 2022, por capa: los que nombra el artículo de WSWS, las minas, los muertos, los aeropuertos, el toque de queda.`,
        en: `The ${placeCount} places on the map of the December 2022 protests, by layer: those the WSWS article names, the mines, the deaths, the airports, the curfew.`,
      },
      placeGroups,
    ),
  ]
}

function listHtml(items: IndexItem[], lang: Lang, root: string): string {
  const links = items.map(
    (item) =>
      `          <li><a href="${escapeHtml(`${root}${item.href}`)}">${escapeHtml(item.name[lang])}</a></li>`,
  )
  return `        <ul class="index-list">\n${links.join('\n')}\n        </ul>`
}

/** One language's copy of the page: the site's title bar, then the lists. */
function sectionHtml(page: IndexPage, lang: Lang, root: string): string {
  const t = STRINGS[lang]
  const other: Lang = lang === 'es' ? 'en' : 'es'
  const groups = page.groups.map((group) => {
    const heading = group.heading ? `        <h2>${escapeHtml(group.heading[lang])}</h2>\n` : ''
    return `${heading}${listHtml(group.items, lang, root)}`
  })
  const hidden = lang === 'es' ? '' : ' hidden'
  return `    <div class="index-page" lang="${lang}" data-title="${escapeHtml(page.title[lang])}"${hidden}>
      <header class="app-header">
        <div class="app-titles">
          <p class="app-title"><a href="${escapeHtml(root)}">${escapeHtml(t.appTitle)}</a></p>
          <p class="app-subtitle"><cite lang="en">${escapeHtml(t.appSubtitle)}</cite> — ${escapeHtml(t.storyCredit)}</p>
        </div>
        <a class="button lang-switch" href="?lang=${other}" lang="${other}">${escapeHtml(t.otherLangName)}</a>
      </header>
      <main class="index-main">
        <h1>${escapeHtml(page.heading[lang])}</h1>
        <p>${escapeHtml(page.intro[lang])}</p>
${groups.join('\n')}
      </main>
    </div>`
}

/**
 * The page's HTML from the built index.html: its head (policy, stylesheet) without the app's
 * scripts, the language script instead, and a body of its own.
 */
export function indexPageHtml(
  template: string,
  page: IndexPage,
  langScript: string, // below the root: 'assets/index-lang-abc.js'
  siteUrl: string | null,
  base: string,
): string {
  const root = rootFrom(depthOf(page.path), base)
  const head = template
    .replace(/^\s*<script type="module"[^>]*><\/script>\n/gm, '')
    .replace(/^\s*<link rel="modulepreload"[^>]*>\n/gm, '')
    .replace(/^\s*<link rel="preload"[^>]*>\n/gm, '')
    .replace(/<body[\s\S]*<\/body>/, '<body>\n</body>')
  const script = `    <script type="module" src="${escapeHtml(`${root}${langScript}`)}"></script>\n`
  const html = withHead(rebaseAssets(head, root), {
    title: page.title.es,
    description: page.description.es,
    lang: 'es',
    extra: `${headTags(page, siteUrl)}${script}`,
  })
  const body = LANGS.map((lang) => sectionHtml(page, lang, root)).join('\n')
  return html.replace('<body>\n</body>', `<body>\n${body}\n  </body>`)
}

const GEOMETRY: CardGeometry = {
  regions: regionsJson as unknown as RegionCollection,
  countries: basemapJson as unknown as CountryCollection,
  zones: zonesJson as unknown as ZoneCollection,
}

/** The plugin: emits the language script, then writes region/index.html and place/index.html. */
export function indexPagesPlugin(): Plugin {
  let outDir = 'dist'
  let ref = ''
  let langScript = ''
  return {
    name: 'peru-map-index-pages',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    buildStart() {
      ref = this.emitFile({ type: 'chunk', id: LANG_SCRIPT, name: 'index-lang' })
    },
    generateBundle() {
      langScript = this.getFileName(ref)
    },
    closeBundle() {
      // Synchronous, like prerender.ts: the CSP plugin checks the pages after.
      const template = readFileSync(join(outDir, 'index.html'), 'utf8')
      const siteUrl = siteUrlFrom(process.env.SITE_URL)
      const list = indexPages(GEOMETRY.regions, dataset.places)
      for (const page of list) {
        mkdirSync(join(outDir, page.path), { recursive: true })
        const html = indexPageHtml(template, page, langScript, siteUrl, viteBase())
        writeFileSync(join(outDir, page.path, 'index.html'), html)
      }
      writeCards(list, GEOMETRY, outDir)
    },
  }
}
