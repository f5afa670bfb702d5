/**
 * Vite plugin: after the build, writes a page for every share link (pages.ts) and a 404.html that
 * starts the app, so hosts that serve it for missing paths (GitHub Pages, Netlify, Cloudflare
 * Pages…) show the map and a "not found" notice instead of a bare error page.
 *
 * 404.html can be served at any depth, so its assets need an absolute base: SITE_BASE (default
 * `/`, the host's root; set it to `/peru-map/` when the site lives in a folder).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { rebaseAssets, rootPrefix, withHead } from './html.ts'
import { depthOf, pages } from './pages.ts'

const DESCRIPTION = {
  es: 'Mapa interactivo del artículo «Protests mount in Peru with at least 21 killed by US-trained security forces» (WSWS, 16 de diciembre de 2022): regiones, lugares, citas y fuentes.',
}

export function siteBase(): string {
  const base = process.env.SITE_BASE ?? '/'
  return base.endsWith('/') ? base : `${base}/`
}

export function prerender(): Plugin {
  let outDir = 'dist'
  return {
    name: 'peru-map-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    closeBundle() {
      const template = readFileSync(join(outDir, 'index.html'), 'utf8')
      for (const page of pages()) {
        const html = withHead(rebaseAssets(template, rootPrefix(depthOf(page.path))), {
          title: page.title.es,
          description: DESCRIPTION.es,
          lang: 'es',
          extra: '',
        })
        mkdirSync(join(outDir, page.path), { recursive: true })
        writeFileSync(join(outDir, page.path, 'index.html'), html)
      }
      const notFound = withHead(rebaseAssets(template, siteBase()), {
        title: pages()[0]?.title.es ?? '',
        description: DESCRIPTION.es,
        lang: 'es',
        extra: '<meta name="robots" content="noindex" />\n',
      })
      writeFileSync(join(outDir, '404.html'), notFound)
    },
  }
}
