/**
 * Where the app lives. The build is hosted from any folder of any static host
 * (https://example.org/peru-map/region/ayacucho/), so addresses are handled relative to the app's
 * root: `region/ayacucho/?lang=es#map=8/-13.16/-74.22`.
 *
 * Every built page loads the same entry chunk from `<root>/assets/`, so the root is the chunk's
 * parent folder; in development the dev server serves the app from its base.
 */
/** An address below the root, as `parse` in url.ts reads it. */
export interface UrlLocation {
  path: string
  search: string
  hash: string
}

const PARENT = '../' // a variable, so Vite does not treat `new URL('../', import.meta.url)` as an asset

/** The app's root address, ending in `/`. */
export function appRoot(): URL {
  if (import.meta.env.DEV) return new URL(import.meta.env.BASE_URL, window.location.origin)
  return new URL(PARENT, import.meta.url)
}

/** The part of an address below the root, as `parse` reads it. */
export function toRelative(
  location: { pathname: string; search: string; hash: string },
  root: URL,
): UrlLocation {
  const rootPath = root.pathname
  const path = location.pathname.startsWith(rootPath)
    ? location.pathname.slice(rootPath.length)
    : location.pathname.replace(/^\/+/, '')
  return { path, search: location.search, hash: location.hash }
}

/** An absolute address for a relative one from `serialize`. */
export function toAbsolute(relative: string, root: URL): string {
  return new URL(relative, root).href
}

/** The site's root: the app's own on the full site (the embed's bundle has its own root.ts). */
export { appRoot as siteRoot }
