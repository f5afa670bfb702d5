/**
 * oEmbed without a server: one JSON file per canonical page, written at build time
 * (`oembed/<key>.json`, alias pages share their region's), and a discovery tag in every page:
 *
 *   <link rel="alternate" type="application/json+oembed" href="../../oembed/region-ayacucho.json" title="…" />
 *
 * The response is oEmbed 1.0 `rich`: `html` is the embed's iframe (no script: consumers strip
 * them), with the page's preview image as the thumbnail. Addresses are absolute under SITE_URL;
 * without it they are relative to the site's root, which a consumer cannot resolve (the build
 * already warns that SITE_URL is unset).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { EMBED_FOLDER, EMBED_HEIGHT, EMBED_WIDTH, iframeTag } from '../embed/code.ts'
import { addressOf, IMAGE_HEIGHT, IMAGE_WIDTH, imagePath } from './head.ts'
import { escapeHtml } from './html.ts'
import { type Page, SITE_NAME } from './pages.ts'

export const OEMBED_FOLDER = 'oembed/'

export interface OembedResponse {
  version: '1.0'
  type: 'rich'
  title: string
  provider_name: string
  provider_url: string
  html: string
  width: number
  height: number
  thumbnail_url: string
  thumbnail_width: number
  thumbnail_height: number
}

export function oembedPath(page: Pick<Page, 'key'>): string {
  return `${OEMBED_FOLDER}${page.key}.json`
}

/** The oEmbed response of a page (of its canonical page: aliases share it). */
export function oembedResponse(page: Page, siteUrl: string | null): OembedResponse {
  const root = siteUrl ?? ''
  return {
    version: '1.0',
    type: 'rich',
    title: page.title.es,
    provider_name: SITE_NAME.es,
    provider_url: siteUrl ?? './',
    html: iframeTag(`${root}${EMBED_FOLDER}${page.canonicalPath}`, page.title.es),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
    thumbnail_url: `${root}${imagePath(page)}`,
    thumbnail_width: IMAGE_WIDTH,
    thumbnail_height: IMAGE_HEIGHT,
  }
}

/** The discovery tag for the page at `fromPath` (a full page or its embed twin). */
export function oembedLinkTag(page: Page, fromPath: string, siteUrl: string | null): string {
  const href = addressOf(oembedPath(page), fromPath, siteUrl)
  return `    <link rel="alternate" type="application/json+oembed" href="${escapeHtml(href)}" title="${escapeHtml(page.title.es)}" />\n`
}

/** Writes one response per canonical page; returns how many. */
export function writeOembed(
  outDir: string,
  pages: readonly Page[],
  siteUrl: string | null,
): number {
  mkdirSync(join(outDir, OEMBED_FOLDER), { recursive: true })
  const canonical = pages.filter((p) => p.path === p.canonicalPath)
  for (const page of canonical) {
    const json = `${JSON.stringify(oembedResponse(page, siteUrl), null, 2)}\n`
    writeFileSync(join(outDir, oembedPath(page)), json)
  }
  return canonical.length
}
