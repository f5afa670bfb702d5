/**
 * Vite plugin: the embed (issue 10). After the site's build it builds the embed's own bundle
 * (src/embed/main.tsx) into `embed-assets/` with a second, plain Vite build, then writes the
 * `embed/` twin of every page (embedPages.ts) and the oEmbed files (oembed.ts).
 *
 * Why a second build rather than a second entry of the first: two entries share React, Leaflet
 * and the map, so Rollup splits them into shared chunks, and the full site's first load grew by
 * 3.6 KB gzip (133.4 KB against 129.8, over its 130 KB budget) from the chunk seams alone. Built
 * apart, the embed repeats those modules in files of its own (~125 KB gzip, cached by the
 * reader's browser like any other) and the full site's entry stays one chunk.
 *
 * The pages are written from the built index.html (read when the bundle is written, before the
 * prerender step writes the root page over it), with its script and stylesheets swapped for the
 * embed's. The embed's chunks sit one folder below the root, as the site's do in `assets/`, so
 * `new URL('../', import.meta.url)` is the site's root in both (state/root.ts).
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build, type Logger, type Plugin } from 'vite'
import { writeEmbedPages } from './embedPages.ts'
import { siteUrlFrom } from './head.ts'
import { escapeHtml } from './html.ts'
import { writeOembed } from './oembed.ts'
import { sitePages } from './prerender.ts'

export const EMBED_ASSETS = 'embed-assets/' // the embed's own JavaScript and CSS
const ENTRY = 'src/embed/main.tsx'
const APP_ROOT = 'src/state/root.ts' // where the app's links live…
const EMBED_ROOT = 'src/embed/root.ts' // …and the embed's: below embed/

/** Gives every module of the embed's bundle the embed's root.ts in place of the app's. */
function embedRoot(root: string): Plugin {
  const app = resolve(root, APP_ROOT)
  const embed = resolve(root, EMBED_ROOT)
  return {
    name: 'peru-map-embed-root',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer === embed || !source.endsWith('/root.ts')) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved?.id === app ? embed : null
    },
  }
}

interface ManifestChunk {
  file: string
  css?: string[]
}

/** The built index.html with its scripts and stylesheets replaced by the embed's. */
export function embedTemplate(indexHtml: string, js: string, css: readonly string[]): string {
  const styles = css.map((f) => `<link rel="stylesheet" crossorigin href="./${escapeHtml(f)}">`)
  const html = indexHtml
    .replace(/^\s*<link rel="modulepreload"[^>]*>\n/gm, '')
    .replace(/^\s*<link rel="stylesheet"[^>]*>\n/gm, '')
    .replace(
      /<script type="module" crossorigin src="[^"]+"><\/script>/,
      `<script type="module" crossorigin src="./${escapeHtml(js)}"></script>`,
    )
    .replace(/([ \t]*)<\/head>/, (end, indent: string) =>
      [...styles.map((tag) => indent + tag), end].join('\n'),
    )
  if (!html.includes(js)) throw new Error('embed: the built index.html has no module script')
  return html
}

async function buildEmbed(root: string, outDir: string): Promise<{ js: string; css: string[] }> {
  const target = join(outDir, EMBED_ASSETS)
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    plugins: [embedRoot(root), react()],
    build: {
      outDir: target,
      emptyOutDir: true,
      assetsDir: '',
      copyPublicDir: false,
      manifest: 'manifest.json',
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: { input: resolve(root, ENTRY) },
    },
  })
  const manifest = JSON.parse(readFileSync(join(target, 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >
  const entry = manifest[ENTRY]
  if (!entry) throw new Error(`embed: no ${ENTRY} in the embed's manifest`)
  const at = (file: string) => `${EMBED_ASSETS}${file}`
  return { js: at(entry.file), css: (entry.css ?? []).map(at) }
}

export function embedSite(): Plugin {
  let root = process.cwd()
  let outDir = 'dist'
  let logger: Logger | null = null
  let template = ''
  return {
    name: 'peru-map-embed',
    apply: 'build',
    configResolved(config) {
      root = config.root
      outDir = resolve(config.root, config.build.outDir)
      logger = config.logger
    },
    writeBundle() {
      template = readFileSync(join(outDir, 'index.html'), 'utf8')
    },
    async closeBundle() {
      const siteUrl = siteUrlFrom(process.env.SITE_URL)
      const { js, css } = await buildEmbed(root, outDir)
      const list = sitePages()
      const count = writeEmbedPages(outDir, embedTemplate(template, js, css), list, siteUrl)
      const responses = writeOembed(outDir, list, siteUrl)
      logger?.info(`embed: ${count} embed pages, ${responses} oEmbed responses`)
    },
  }
}
