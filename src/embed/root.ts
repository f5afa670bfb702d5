/**
 * The embed's bundle uses this module wherever the app imports state/root.ts (embedBundle.ts
 * redirects it): the embed's links live below `embed/` (`embed/region/ayacucho/?lang=en`), with the
 * same contract as the full site's, and `siteRoot` is still the site's root, for "Open the full
 * map" and the Share panel's links.
 */
import { appRoot as siteRootOf } from '../state/root.ts'

export { toAbsolute, toRelative, type UrlLocation } from '../state/root.ts'

export const EMBED_ROOT = 'embed/' // the embed's pages, below the site's root

/** The site's root address, ending in `/`. */
export function siteRoot(): URL {
  return siteRootOf()
}

/** The embed's root address: `<site>/embed/`. */
export function appRoot(): URL {
  return new URL(EMBED_ROOT, siteRoot())
}
