/**
 * The embed's pages: an `embed/` twin of every page the site writes (pages.ts), from the same
 * built index.html (main.tsx starts the embed's own chunk below `embed/`), with the same head tags: their canonical address is the full page's,
 * and they are kept out of search results (`noindex`), so they never compete with it.
 *
 *   embed/  embed/region/ayacucho/  embed/region/PE-AYA/  embed/region/lima/  embed/place/antamina/
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { EMBED_FOLDER } from '../embed/code.ts'
import { rootFrom, viteBase } from './base.ts'
import { headTags } from './head.ts'
import { rebaseAssets, withHead } from './html.ts'
import { oembedLinkTag } from './oembed.ts'
import { depthOf, type Page } from './pages.ts'

/** Writes every embed page; returns how many. */
export function writeEmbedPages(
  outDir: string,
  template: string, // the built index.html, before the root page is written over it
  pages: readonly Page[],
  siteUrl: string | null,
) {
  for (const page of pages) {
    const path = `${EMBED_FOLDER}${page.path}`
    const html = withHead(rebaseAssets(template, rootFrom(depthOf(path), viteBase())), {
      title: page.title.es,
      description: page.description.es,
      lang: 'es',
      extra:
        headTags({ ...page, path }, siteUrl) +
        oembedLinkTag(page, path, siteUrl) +
        '    <meta name="robots" content="noindex" />\n',
    })
    mkdirSync(join(outDir, path), { recursive: true })
    writeFileSync(join(outDir, path, 'index.html'), html)
  }
  return pages.length
}
