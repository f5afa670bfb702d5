/**
 * Builds without SITE_URL (relative base) only: each page starts through a small `start.js` in its
 * own folder instead of addressing the assets relative to itself.
 *
 * Why: a page two folders down loads `../../assets/index-abc.js`. Opened at an address with an
 * empty segment (`/region/cusco//`, `/region//cusco/`, `/region/cusco/%2F/`), which static hosts
 * serve as the same page because they merge slashes when they look for the file, `../../` climbs
 * to `/region/` and the map never starts. A file in the page's own folder is found at any such
 * address (`./start.js` → `/region/cusco//start.js` → the host's `region/cusco/start.js`), and
 * knows how deep it sits, so it can work out the site's root the way the host did:
 *
 *   http://h/peru/region/cusco/%2F/start.js  → path /peru/region/cusco/start.js, depth 2 → /peru/
 *
 * and it then adds the page's stylesheets (render-blocking, as the parser's would be), module
 * preloads and module scripts (run once the document is parsed, as the parser's would be) from
 * there. The page names them below the root, in data attributes of the script tag:
 *
 *   <script src="./start.js" data-styles="assets/index-x.css" data-preloads="assets/a.js"
 *     data-scripts="assets/index-y.js"></script>
 *
 * Every folder that holds a page, and each of their parent folders, gets one, so a link without
 * its trailing slash (`/peru/region/cusco`, which `serve` and `sirv` answer with the page) finds
 * `region/start.js`. A classic script, run by the parser: no inline script, so the CSP holds.
 * Builds with SITE_URL address every asset from the root (`/peru/assets/…`) and need none of this.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { viteBase } from './base.ts'
import { escapeHtml, rootPrefix } from './html.ts'

export const START_FILE = 'start.js'

/**
 * The script for a folder `depth` levels below the root. Hand-written ES5, minified by hand: it
 * runs before anything else and counts in the initial JavaScript's budget (~0.4 KB gzip). The
 * root is the script's own path with `%2F` read as a slash and runs of slashes merged, less its
 * file name and `depth` folders. Stylesheets get `blocking="render"` (as the parser's would
 * block), module scripts are added once the document is parsed and the stylesheets have loaded
 * (as the parser's would run: a script-inserted stylesheet does not hold scripts back, and the map
 * measured its box before the CSS came, a view 0.1° off), each also preloaded at once. Nothing from the address becomes markup: elements are made through
 * the DOM, their addresses set as properties.
 */
export function startScript(depth: number): string {
  return `/*src/build/startScript.ts*/!function(d,s){var u=new URL(s.src),p=u.pathname.replace(/%2F/gi,"/").replace(/\\/+/g,"/").split("/"),r=u.origin+p.slice(0,p.length-${depth + 1}).join("/")+"/",w;w=1;function g(){--w||e("scripts","script","type","module")}function e(n,t,a,b,c){(s.dataset[n]||"").split(" ").forEach(function(f){if(f){var x=d.createElement(t);x.setAttribute(a,b);x.crossOrigin="";if(c){x.setAttribute("blocking",c);w++;x.onload=x.onerror=g}x[t<"s"?"href":"src"]=r+f;d.head.appendChild(x)}})}e("styles","link","rel","stylesheet","render");e("preloads","link","rel","modulepreload");e("scripts","link","rel","modulepreload");d.addEventListener("DOMContentLoaded",g)}(document,document.currentScript)
`
}

/** A module script, stylesheet or module preload as Vite writes them, one a line. */
const ASSET_TAG =
  /^[ \t]*<(?:script type="module"(?: crossorigin)? src|link rel="(stylesheet|modulepreload)"(?: crossorigin)? href)="([^"]+)">(?:<\/script>)?\n/gm
const KIND = { stylesheet: 'styles', modulepreload: 'preloads' } as const
const MARKER = '\u0000start\u0000' // where the first moved tag was

/**
 * The page at `depth` with its module scripts, stylesheets and module preloads (addressed
 * relative to the page, `../../assets/…`) replaced by the start script naming them below the root,
 * at the first one's place. Tags addressed otherwise are left alone; a page without a module
 * script so addressed is returned as it is.
 */
export function withStartScript(html: string, depth: number): string {
  const prefix = rootPrefix(depth)
  const found = { styles: [] as string[], preloads: [] as string[], scripts: [] as string[] }
  let first = true
  const page = html.replace(ASSET_TAG, (tag, rel: keyof typeof KIND | undefined, href: string) => {
    if (!href.startsWith(prefix) || href.startsWith(`${prefix}../`)) return tag
    found[rel ? KIND[rel] : 'scripts'].push(href.slice(prefix.length))
    const replacement = first ? MARKER : ''
    first = false
    return replacement
  })
  if (found.scripts.length === 0) return html
  const attrs = (['styles', 'preloads', 'scripts'] as const)
    .filter((kind) => found[kind].length > 0)
    .map((kind) => ` data-${kind}="${escapeHtml(found[kind].join(' '))}"`)
    .join('')
  return page.replace(MARKER, `    <script src="./${START_FILE}"${attrs}></script>\n`)
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
 * embed plugins), gives each page its start script, and writes start.js into each page's folder
 * and the folders above it.
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
          const depth = folder ? folder.split('/').length : 0
          writeFileSync(join(outDir, folder, START_FILE), startScript(depth))
        }
      },
    },
  }
}
