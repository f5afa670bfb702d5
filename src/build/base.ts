/**
 * Where the built site lives, from one setting: SITE_URL, the site's absolute address.
 *
 *   SITE_URL=https://example.org/peru/   → base /peru/: every page, 404.html included, loads
 *                                          /peru/assets/…, so any spelling of a link works
 *                                          (/peru/region/cusco, /peru/region/cusco//, …)
 *   (unset)                              → base ./: pages load their assets relative to
 *                                          themselves (../../assets/…), so the folder works at
 *                                          any depth of any host; 404.html assumes the host root
 *
 * SITE_BASE, the older second setting for 404.html alone, is a deprecated alias read only when
 * SITE_URL is unset.
 */
import { siteUrlFrom } from './head.ts'
import { rootPrefix } from './html.ts'

/** Vite's `base`: the path of SITE_URL (`/peru/`), or './' (relative) when it is unset. */
export function viteBase(env: { SITE_URL?: string | undefined } = process.env): string {
  const siteUrl = siteUrlFrom(env.SITE_URL)
  return siteUrl ? new URL(siteUrl).pathname : './'
}

/** The absolute path 404.html loads its assets from: SITE_URL's path, else SITE_BASE, else '/'. */
export function notFoundBase(
  env: { SITE_URL?: string | undefined; SITE_BASE?: string | undefined } = process.env,
): string {
  const siteUrl = siteUrlFrom(env.SITE_URL)
  if (siteUrl) return new URL(siteUrl).pathname
  const base = env.SITE_BASE || '/'
  const absolute = base.startsWith('/') ? base : `/${base}`
  return absolute.endsWith('/') ? absolute : `${absolute}/`
}

/**
 * How a page `depth` folders below the root addresses the root: the absolute base when the build
 * knows it (`/peru/`), else a relative prefix (`../../`).
 */
export function rootFrom(depth: number, base: string): string {
  return base.startsWith('/') ? base : rootPrefix(depth)
}
