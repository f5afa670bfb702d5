/**
 * The embed's code and the links of what is on screen, for the Share panel and the oEmbed files.
 * Only root.ts is needed here (not the URL module): the address bar already holds the canonical
 * share link (state/url.ts writes it on every change), so the links are that address below the
 * site's root, with the language made explicit, on the full site and below `embed/`:
 *
 *   https://example.org/peru-map/region/ayacucho/?lang=en&layers=deaths#map=8/-13.160/-74.220
 *   https://example.org/peru-map/embed/region/ayacucho/?lang=en&layers=deaths#map=8/-13.160/-74.220
 */
import { toRelative, type UrlLocation } from '../state/root.ts'

export const EMBED_FOLDER = 'embed/' // the embed's pages: embed/, embed/region/<slug>/, embed/place/<id>/
export const EMBED_SCRIPT = 'embed.js' // the optional parent script that resizes the iframe
export const EMBED_HEIGHT = 450 // px: the iframe's height in the code; a map, its title and legend
export const EMBED_WIDTH = 700 // px: the width oEmbed announces (the iframe itself is 100% wide)

/** The address below the root of what is on screen, on the full site, with `lang` first (as url.ts writes it). */
export function onScreenPath({ path, search, hash }: UrlLocation, lang: string): string {
  const below = path.startsWith(EMBED_FOLDER) ? path.slice(EMBED_FOLDER.length) : path
  const query = /[?&]lang=/.test(search)
    ? search
    : `?lang=${lang}${search.length > 1 ? `&${search.slice(1)}` : ''}`
  return below + query + hash
}

/** The full page and the embed of what is on screen now. */
export function onScreenLinks(
  location: { pathname: string; search: string; hash: string },
  root: URL,
  lang: string,
): { page: string; embed: string } {
  const path = onScreenPath(toRelative(location, root), lang)
  return { page: new URL(path, root).href, embed: new URL(path, new URL(EMBED_FOLDER, root)).href }
}

/** Escapes text for an HTML attribute or text node of the code a newsroom pastes. */
function escapeCode(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

export interface EmbedCodeParts {
  embedUrl: string // the iframe's address
  pageUrl: string // the full page, for the plain link
  scriptUrl: string | null // the resize script (null: none, as in oEmbed's html)
  title: string // the iframe's accessible name
  linkText: string // the plain link's text, for CMSs that strip iframes or scripts
}

/** The iframe alone (oEmbed's `html`): titled, lazy, full-screen capable, full width. */
export function iframeTag(embedUrl: string, title: string): string {
  return `<iframe src="${escapeCode(embedUrl)}" title="${escapeCode(title)}" width="100%" height="${EMBED_HEIGHT}" loading="lazy" allowfullscreen frameborder="0"></iframe>`
}

/**
 * The code to paste into an article: the iframe (titled, lazy, full-screen capable), the optional
 * resize script, and a plain link. A string for the reader to copy, never put into our own DOM.
 */
export function embedCode(parts: EmbedCodeParts): string {
  const lines = [iframeTag(parts.embedUrl, parts.title)]
  if (parts.scriptUrl) lines.push(`<script src="${escapeCode(parts.scriptUrl)}" async></script>`)
  lines.push(`<p><a href="${escapeCode(parts.pageUrl)}">${escapeCode(parts.linkText)}</a></p>`)
  return lines.join('\n')
}
