/**
 * Vite plugin: after the build, writes a page for every share link (pages.ts) with its link
 * preview tags (head.ts) and preview image (og/), and a 404.html that starts the app, so hosts
 * that serve it for missing paths (GitHub Pages, Netlify, Cloudflare Pages…) show the map and a
 * "not found" notice instead of a bare error page.
 *
 * 404.html can be served at any depth, so its assets need an absolute base: the path of SITE_URL,
 * the site's absolute address (base.ts; without it the host's root). SITE_URL also makes every
 * page's assets and the preview addresses absolute (README, Link previews).
 *
 * The pages are written synchronously: Rollup runs the closeBundle hooks of all plugins in
 * parallel, and the CSP plugin after this one reads the pages. The images (~90, ~2 s on this
 * machine's 2 cores) are rendered after.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Logger, Plugin } from 'vite'
import { dataset } from '../../data/index.ts'
import basemapJson from '../../geo/basemap.json' with { type: 'json' }
import regionsJson from '../../geo/peru-regions.json' with { type: 'json' }
import zonesJson from '../../geo/zones.json' with { type: 'json' }
import type { CountryCollection } from '../model/basemap.ts'
import { buildModel, type Model } from '../model/model.ts'
import type { RegionCollection } from '../model/regions.ts'
import type { ZoneCollection as StoryZones } from '../model/story.ts'
import { withAppAfterFirstPaint } from './appStart.ts'
import { notFoundBase, rootFrom, viteBase } from './base.ts'
import { staticCardHtml } from './card/cardHtml.tsx'
import { descriptionModel, pageContent } from './description.ts'
import { headTags, siteUrlFrom } from './head.ts'
import { rebaseAssets, withHead, withRootContent } from './html.ts'
import { oembedLinkTag } from './oembed.ts'
import type { CardGeometry, ZoneCollection } from './og/card.ts'
import { writeCards } from './og/render.ts'
import { depthOf, pages } from './pages.ts'
import { frameScript } from './svg/frameScript.ts'
import { focusOf, withStaticMap } from './svg/pageMap.ts'
import type { StaticMapSources } from './svg/staticMap.ts'

const ARTICLE = fileURLToPath(new URL('../../data/article.md', import.meta.url))

/** A page's share link: absolute with SITE_URL, else relative to the page. */
function pageLink(canonicalPath: string, siteUrl: string | null, prefix: string): string {
  return siteUrl ? new URL(canonicalPath, siteUrl).href : `${prefix}${canonicalPath}`
}

const GEOMETRY: CardGeometry = {
  regions: regionsJson as unknown as RegionCollection,
  countries: basemapJson as unknown as CountryCollection,
  zones: zonesJson as unknown as ZoneCollection,
}

/** Every page the site writes (the embed writes a twin of each: embedBundle.ts). */
export function sitePages() {
  return pages({ regions: GEOMETRY.regions, places: dataset.places })
}

/** The app's model, built from the same files as the app's chunks (the article's text included). */
function siteModel(): Model {
  const { places, quotes, runoff, layers, references } = dataset
  return buildModel({
    regions: GEOMETRY.regions,
    basemap: GEOMETRY.countries,
    zones: zonesJson as unknown as StoryZones,
    data: { places, quotes, runoff, layers },
    article: { text: readFileSync(ARTICLE, 'utf8'), references },
  })
}

function staticMapSources(model: Model): StaticMapSources {
  return { regions: model.regions, countries: model.basemap.neighbours, story: model.story }
}

function writePages(outDir: string, siteUrl: string | null, frameScriptPath: string) {
  const template = readFileSync(join(outDir, 'index.html'), 'utf8')
  const list = sitePages()
  const model = siteModel()
  const maps = staticMapSources(model)
  const mapped = (html: string, page: (typeof list)[number] | undefined, prefix: string) => {
    const focus = page ? focusOf(page, maps.regions, maps.story) : ({ kind: 'home' } as const)
    const link = page ? pageLink(page.canonicalPath, siteUrl, prefix) : ''
    const card = staticCardHtml(focus, model, link)
    return withAppAfterFirstPaint(withStaticMap(html, maps, focus, prefix, frameScriptPath, card))
  }
  const words = descriptionModel(GEOMETRY.regions, zonesJson as unknown as StoryZones)
  for (const page of list) {
    const prefix = rootFrom(depthOf(page.path), viteBase())
    const headed = withHead(mapped(rebaseAssets(template, prefix), page, prefix), {
      title: page.title.es,
      description: page.description.es,
      lang: 'es',
      extra: headTags(page, siteUrl) + oembedLinkTag(page, page.path, siteUrl),
    })
    const description = words.describe(page.canonicalPath, 'es')
    const html = withRootContent(headed, pageContent(page.title.es, description, 'es'))
    mkdirSync(join(outDir, page.path), { recursive: true })
    writeFileSync(join(outDir, page.path, 'index.html'), html)
  }
  const home = list[0]
  const notFound = withHead(
    mapped(rebaseAssets(template, notFoundBase()), undefined, notFoundBase()),
    {
      title: home?.title.es ?? '',
      description: home?.description.es ?? '',
      lang: 'es',
      extra: '    <meta name="robots" content="noindex" />\n',
    },
  )
  writeFileSync(join(outDir, '404.html'), notFound)
  return list
}

export function prerender(): Plugin {
  let outDir = 'dist'
  let logger: Logger | null = null
  let frameScriptPath = ''
  return {
    name: 'peru-map-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
      logger = config.logger
    },
    async generateBundle() {
      const ref = this.emitFile({
        type: 'asset',
        name: 'static-frame.js',
        source: await frameScript(),
      })
      frameScriptPath = this.getFileName(ref)
    },
    closeBundle() {
      const siteUrl = siteUrlFrom(process.env.SITE_URL)
      if (process.env.SITE_BASE) {
        logger?.warn(
          siteUrl
            ? 'SITE_BASE is ignored: the base comes from SITE_URL.'
            : "SITE_BASE is deprecated: set SITE_URL (the site's absolute address) instead.",
        )
      }
      if (!siteUrl) {
        logger?.warn(
          'SITE_URL is not set: canonical, og:url and og:image are relative addresses, which ' +
            'link previews (Open Graph, X) do not follow. Set SITE_URL=https://…/ for a deployment.',
        )
      }
      const list = writePages(outDir, siteUrl, frameScriptPath)
      const started = performance.now()
      const images = writeCards(list, GEOMETRY, outDir)
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      const largest = Math.max(...images.map((i) => i.bytes))
      logger?.info(
        `prerender: ${list.length} pages, ${images.length} preview images in ${seconds} s ` +
          `(largest ${(largest / 1024).toFixed(0)} KB)`,
      )
    },
  }
}
