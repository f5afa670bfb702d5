/**
 * Vite plugin: every built page carries the site's Content-Security-Policy as a
 * `<meta http-equiv>`, so the policy travels with the files to any static host.
 *
 *   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:
 *   https://tile.openstreetmap.org; font-src 'self'; connect-src 'self'; object-src 'none';
 *   base-uri 'self'; form-action 'none'
 *
 * Build only (`apply: 'build'`): the dev server injects inline scripts (React refresh, the HMR
 * client), which this policy refuses. The built pages have no inline script: Vite's modulepreload
 * polyfill is off (vite.config.ts), and the start script of builds without SITE_URL is a file.
 *
 * Why no 'unsafe-inline' in style-src (checked on the build with Vite 8.3, Leaflet 1.9.4 and
 * React 19.3, in Chromium):
 * - the CSS (ours and leaflet.css, whose images Vite inlines as data: URLs) is one file in assets/;
 * - nothing injects a <style> element or a style="" attribute through markup: Leaflet positions
 *   and sizes through the CSSOM (`el.style.transform = …`), and so do React's style props and
 *   react-leaflet's Pane, and CSP does not govern the CSSOM. Leaflet's own HTML strings (the
 *   attribution's flag, the popup's × button, the layers control) carry no style attribute.
 * - the browser tests record every `securitypolicyviolation` event and fail on any.
 *
 * A meta policy ignores frame-ancestors, report-uri and sandbox: a host should send the same policy
 * as a header with `frame-ancestors 'none'` added (README, Security). The build fails if a page
 * ends up without the policy or with inline script or style, which the policy would refuse at run
 * time anyway (a blank map in production instead of an error here).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { OSM_TILES } from '../map/constants.ts'
import { escapeHtml } from './html.ts'

/** Where the optional OpenStreetMap tiles come from (`https://tile.openstreetmap.org`). */
export const TILE_ORIGIN = new URL(OSM_TILES.replaceAll(/\{[a-z]\}/g, '0')).origin

/** The policy, directive by directive. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"], // module scripts and their chunks only: no inline script, no eval
  'style-src': ["'self'"], // the CSS file; the CSSOM (Leaflet, React style props) is not governed
  'img-src': ["'self'", 'data:', TILE_ORIGIN], // data: for leaflet.css's inlined icons
  'font-src': ["'self'"], // system fonts today
  'connect-src': ["'self'"], // nothing is fetched from elsewhere
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"], // the app has no form that submits
}

/** Directives a `<meta>` policy ignores: only a response header can carry them. */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
}

function serializePolicy(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

/** The policy as the pages carry it. */
export const CONTENT_SECURITY_POLICY = serializePolicy(CSP_DIRECTIVES)

/** The policy a host should send as a header: the page's plus the header-only directives. */
export const HEADER_POLICY = serializePolicy({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES })

/**
 * The header policy for the embed's pages (`embed/*`): any site may frame them, which is what
 * they are for. Every other page keeps `frame-ancestors 'none'` (README, Security).
 */
export const EMBED_HEADER_POLICY = serializePolicy({ ...CSP_DIRECTIVES, 'frame-ancestors': ['*'] })

/** The `<meta http-equiv>` tag carrying a policy. */
export function cspMetaTag(policy: string = CONTENT_SECURITY_POLICY): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />`
}

const CHARSET = /<meta charset="?[\w-]+"?\s*\/?>/i

/**
 * Puts the policy right after `<meta charset>`, before any script, style or link it governs
 * (a meta policy only applies to what comes after it). Throws on a page without a charset tag.
 */
export function withCsp(html: string, policy: string = CONTENT_SECURITY_POLICY): string {
  const charset = CHARSET.exec(html)
  if (!charset) throw new Error('csp: the page has no <meta charset> to put the policy after')
  const at = charset.index + charset[0].length
  return `${html.slice(0, at)}\n    ${cspMetaTag(policy)}${html.slice(at)}`
}

const META_CSP = /<meta\s+http-equiv="Content-Security-Policy"/gi
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>/gi
const STYLE_ELEMENT = /<style\b/gi
const STYLE_ATTRIBUTE = /<[a-z][^>]*\sstyle=/gi
const HANDLER_ATTRIBUTE = /<[a-z][^>]*\son[a-z]+=/gi
const JAVASCRIPT_URL = /\s(?:href|src|action)="\s*javascript:/gi

/**
 * What in a built page breaks the policy: a missing or repeated policy tag, inline script (JSON
 * data blocks are not run and are fine), a <style> element, a style or on* attribute, a
 * javascript: address. Empty when the page is clean.
 */
export function pageProblems(html: string): string[] {
  const problems: string[] = []
  const metas = html.match(META_CSP)?.length ?? 0
  if (metas !== 1) problems.push(`${metas} Content-Security-Policy meta tags (want 1)`)
  const found: [RegExp, string][] = [
    [INLINE_SCRIPT, 'inline <script>'],
    [STYLE_ELEMENT, '<style> element'],
    [STYLE_ATTRIBUTE, 'style attribute'],
    [HANDLER_ATTRIBUTE, 'on* event handler attribute'],
    [JAVASCRIPT_URL, 'javascript: address'],
  ]
  for (const [pattern, what] of found) {
    for (const match of html.matchAll(pattern)) problems.push(`${what}: ${match[0].slice(0, 80)}`)
  }
  return problems
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name))
}

/** The plugin: adds the policy to index.html, then checks every page the build wrote. */
export function csp(): Plugin {
  let outDir = 'dist'
  return {
    name: 'peru-map-csp',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    transformIndexHtml: {
      order: 'post', // after Vite has added its script and stylesheet tags
      handler: (html) => withCsp(html),
    },
    closeBundle: {
      order: 'post', // after the prerender plugin has copied index.html into every page
      sequential: true,
      handler() {
        const problems = htmlFiles(outDir).flatMap((file) =>
          pageProblems(readFileSync(file, 'utf8')).map((problem) => `${file}: ${problem}`),
        )
        if (problems.length > 0) {
          throw new Error(`csp: pages that break the policy:\n${problems.join('\n')}`)
        }
      },
    },
  }
}
