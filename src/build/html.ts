/**
 * Turns the built index.html into the page of one share link. Vite writes assets relative to the
 * root page (`./assets/index-abc.js`); a page two folders down (`region/ayacucho/index.html`)
 * needs `../../assets/…`, and 404.html, served at any depth, needs an absolute base.
 *
 * Text put into the page (titles, descriptions) is escaped here: it comes from data files.
 */

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/** The relative prefix from a page at `depth` folders below the root back to the root. */
export function rootPrefix(depth: number): string {
  return depth === 0 ? './' : '../'.repeat(depth)
}

/** Points the page's `./…` asset addresses at `prefix` (e.g. `../../` or `/peru-map/`). */
export function rebaseAssets(html: string, prefix: string): string {
  return html.replace(/(\s(?:src|href)=")\.\/(?!\/)/g, `$1${prefix}`)
}

export interface PageHead {
  title: string
  description: string
  lang: string
  extra: string // more tags for <head>, already escaped, one a line (built by head.ts)
}

/** Replaces the template's title, description and language, and adds the extra head tags. */
export function withHead(html: string, head: PageHead): string {
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(head.lang)}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${escapeHtml(head.description)}" />`,
    )
    .replace(/([ \t]*)<\/head>/, (_match, indent: string) => `${head.extra}${indent}</head>`)
}

/** Markup built only by `text` and `element` below: every piece of text in it is escaped. */
export interface Html {
  readonly html: string
}

/** Text for a page: escaped. */
export function text(value: string): Html {
  return { html: escapeHtml(value) }
}

/** The elements pages are built of (a closed list: no script, no style). */
export type Tag = 'a' | 'h1' | 'h2' | 'h3' | 'li' | 'p' | 'section' | 'ul'

/** An element with escaped attribute values and children made by `text` or `element`. */
export function element(
  tag: Tag,
  attributes: Record<string, string>,
  children: readonly Html[],
): Html {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${escapeHtml(name)}="${escapeHtml(value)}"`)
    .join('')
  const inner = children.map((child) => child.html).join('')
  return { html: `<${tag}${attrs}>${inner}</${tag}>` }
}

/** Puts `body` inside the page's `<div id="root">`, which the app replaces when it starts. */
export function withRootContent(html: string, body: readonly Html[]): string {
  const content = body.map((part) => part.html).join('')
  return html.replace('<div id="root"></div>', () => `<div id="root">${content}</div>`)
}
