/**
 * The addresses of one state on the full site and in the embed (for the embed's own links). The same
 * share-link contract (state/url.ts) below two folders of the site:
 *
 *   https://example.org/peru-map/region/ayacucho/?layers=deaths#map=8/-13.160/-74.220
 *   https://example.org/peru-map/embed/region/ayacucho/?layers=deaths#map=8/-13.160/-74.220
 */
import { siteRoot, toAbsolute } from '../state/root.ts'
import { serialize, type UrlState } from '../state/url.ts'

export const EMBED_FOLDER = 'embed/' // the embed's pages: embed/, embed/region/<slug>/, embed/place/<id>/ (as root.ts)

export const EMBED_SCRIPT = 'embed.js' // the optional parent script that resizes the iframe
export const EMBED_HEIGHT = 450 // px: the iframe's height in the code; a map, its title and legend
export const EMBED_WIDTH = 700 // px: the width oEmbed announces (the iframe itself is 100% wide)

/** The full page of a state. */
export function fullPageLink(state: UrlState, root: URL = siteRoot()): string {
  return toAbsolute(serialize(state), root)
}

/** The embed page of a state. */
export function embedLink(state: UrlState, root: URL = siteRoot()): string {
  return toAbsolute(serialize(state), new URL(EMBED_FOLDER, root))
}
