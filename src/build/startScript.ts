/**
 * Builds without SITE_URL (relative base) only: each page first runs a small `start.js` from its
 * own folder, which rewrites the address to the page's canonical one before the parser reaches
 * anything the page addresses relative to itself.
 *
 * Why: a page two folders down loads `../../assets/index-abc.js` and, since the static first
 * frame, `../../assets/static-frame-abc.js`, and links to `../../region/lima/`. Opened at
 * an address with an empty segment (`/region/cusco//`, `/region//cusco/`, `/region/cusco/%2F/`),
 * which static hosts serve as the same page because they merge slashes when they look for the
 * file, `../../` climbs to `/region/` and neither the static map's script nor the app starts. A
 * file in the page's own folder is found at any such address (`./start.js` →
 * `/region/cusco//start.js` → the host's `region/cusco/start.js`). It reads `%2F` as a slash,
 * merges runs of slashes and adds the trailing slash, as the host did, and replaces the address:
 *
 *   http://h/peru/region/cusco/%2F/?lang=en#map=6/-13/-72  →  http://h/peru/region/cusco/?lang=en#map=6/-13/-72
 *
 * A relative address is resolved against the document's address when the parser meets it, so
 * every tag after the start script, in the head and in the body, then resolves from the right
 * folder. The tags stay as Vite wrote them, so a parsed stylesheet still holds back the static
 * frame's script (which measures the map's box for its viewBox) and the app's module, and the
 * browser's preload scanner still fetches them at once on the usual addresses. (An earlier start
 * script added the tags itself: a script-inserted stylesheet holds back no script, and the
 * preload scanner saw none of them.)
 *
 * Every folder that holds a page, and each of their parent folders, gets one, so a link without
 * its trailing slash (`/peru/region/cusco`, which `serve` and `sirv` answer with the page) finds
 * `region/start.js`. A classic script, run by the parser: no inline script, so the CSP holds.
 * Builds with SITE_URL address every asset from the root (`/peru/assets/…`) and need none of this
 * (the app rewrites the address itself: state/canonicalPath.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { viteBase } from './base.ts'
import { rootPrefix } from './html.ts'

export const START_FILE = 'start.js'

/**
 * The script, the same in every folder. Hand-written ES5, minified by hand: it runs before
 * anything else and counts in the initial JavaScript's budget. A path ending in `.html` (a page's
 * own file, `/index.html`) keeps its spelling, as state/canonicalPath.ts keeps it; the history
 * entry's state is kept (a reload keeps it too).
 */
export const START_SCRIPT = String.raw`/*src/build/startScript.ts*/!function(l,h){var p=l.pathname,c=p.replace(/%2F/gi,"/").replace(/\/+/g,"/");/\.html$/.test(c)||(c=c.replace(/\/?$/,"/"));c!=p&&h.replaceState(h.state,"",c+l.search+l.hash)}(location,history)`

/** A module script, stylesheet or module preload as Vite writes them. */
const ASSET_TAG =
  /<(?:script type="module"(?: crossorigin)? src|link rel="(?:stylesheet|modulepreload)"(?: crossorigin)? href)="([^"]+)">/g
/** The start script's tag, on a line of its own before the tag it precedes. */
const START_TAG = `<script src="./${START_FILE}"></script>`

/**
 * The page at `depth` with the start script before its first module script, stylesheet or module
 * preload addressed relative to the page (`../../assets/…`). A page without one (SITE_URL,
 * 404.html: addressed from the root) is returned as it is.
 */
export function withStartScript(html: string, depth: number): string {
  const prefix = rootPrefix(depth)
  let placed = false
  return html.replace(ASSET_TAG, (tag, href: string, at: number) => {
    if (placed || !href.startsWith(prefix) || href.startsWith(`${prefix}../`)) return tag
    placed = true
    const indent = /[ \t]*$/.exec(html.slice(0, at))?.[0] ?? ''
    return `${START_TAG}\n${indent}${tag}`
  })
}

/** Every folder below `dir` (itself included) with an index.html, as paths below `dir`. */
function pageFolders(dir: string, below = ''): string[] {
  const found = existsSync(join(dir, below, 'index.html')) ? [below] : []
  for (const name of readdirSync(join(dir, below))) {
    const path = below ? `${below}/${name}` : name
    if (statSync(join(dir, path)).isDirectory()) found.push(...pageFolders(dir, path))
  }
  return found
}

/**
 * The plugin: in a build without SITE_URL, after every page is written (the prerender, index and
 * embed plugins), gives each page its start script's tag, and writes start.js into each page's
 * folder and the folders above it.
 */
export function startScripts(): Plugin {
  let outDir = 'dist'
  return {
    name: 'peru-map-start-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    closeBundle: {
      order: 'post', // after the pages are written; before the CSP plugin checks them
      sequential: true,
      handler() {
        if (viteBase() !== './') return
        const folders = new Set<string>()
        for (const folder of pageFolders(outDir)) {
          const depth = folder ? folder.split('/').length : 0
          const file = join(outDir, folder, 'index.html')
          writeFileSync(file, withStartScript(readFileSync(file, 'utf8'), depth))
          const parts = folder ? folder.split('/') : []
          for (let i = 0; i <= parts.length; i++) folders.add(parts.slice(0, i).join('/'))
        }
        for (const folder of folders) {
          writeFileSync(join(outDir, folder, START_FILE), `${START_SCRIPT}\n`)
        }
      },
    },
  }
}
