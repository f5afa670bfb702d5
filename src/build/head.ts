/**
 * The link-preview tags of one page: canonical address, Open Graph and Twitter card, in Spanish
 * (most readers are Peruvian; English is the alternate locale).
 *
 * Addresses are absolute when the build knows where the site lives (SITE_URL, e.g.
 * `https://example.org/peru-map/`): `https://example.org/peru-map/region/ayacucho/`. Without it
 * they are relative to the page (`../../og/region-ayacucho.png`), which browsers resolve but
 * Open Graph readers do not: the build warns once (prerender.ts).
 */
import { escapeHtml, rootPrefix } from './html.ts'
import { depthOf, type Page, SITE_NAME } from './pages.ts'

export const IMAGE_WIDTH = 1200 // px, the size Facebook, LinkedIn and X show large
export const IMAGE_HEIGHT = 630 // px

/** The site's absolute address from SITE_URL, ending in '/', or null when unset or empty. */
export function siteUrlFrom(value: string | undefined): string | null {
  if (!value) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) address, got "${value}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) address, got "${value}"`)
  }
  if (url.search || url.hash) throw new Error(`SITE_URL must have no query or hash: "${value}"`)
  const href = url.href
  return href.endsWith('/') ? href : `${href}/`
}

/** The address of `target` (a path below the root) as written in the page at `fromPath`. */
export function addressOf(target: string, fromPath: string, siteUrl: string | null): string {
  return `${siteUrl ?? rootPrefix(depthOf(fromPath))}${target}`
}

export function imagePath(page: Pick<Page, 'key'>): string {
  return `og/${page.key}.png`
}

function imageAlt(page: Page): string {
  switch (page.highlight.kind) {
    case 'none':
      return 'Mapa de las regiones del Perú con el título del artículo de WSWS del 16 de diciembre de 2022'
    case 'point':
      return `Mapa del Perú; marcado en rojo: ${page.label.es}`
    default:
      return `Mapa del Perú; en rojo: ${page.label.es}`
  }
}

/** The tags to add to the page's <head>, escaped. */
export function headTags(page: Page, siteUrl: string | null): string {
  const canonical = addressOf(page.canonicalPath, page.path, siteUrl)
  const image = addressOf(imagePath(page), page.path, siteUrl)
  const meta = (attr: 'property' | 'name', key: string, value: string | number) =>
    `<meta ${attr}="${key}" content="${escapeHtml(String(value))}" />`
  const og = (key: string, value: string | number) => meta('property', `og:${key}`, value)
  const twitter = (key: string, value: string) => meta('name', `twitter:${key}`, value)
  const alt = imageAlt(page)
  return [
    `<link rel="canonical" href="${escapeHtml(canonical)}" />`,
    og('type', 'website'),
    og('site_name', SITE_NAME.es),
    og('locale', 'es_PE'),
    og('locale:alternate', 'en_GB'),
    og('title', page.title.es),
    og('description', page.description.es),
    og('url', canonical),
    og('image', image),
    og('image:type', 'image/png'),
    og('image:width', IMAGE_WIDTH),
    og('image:height', IMAGE_HEIGHT),
    og('image:alt', alt),
    twitter('card', 'summary_large_image'),
    twitter('title', page.title.es),
    twitter('description', page.description.es),
    twitter('image', image),
    twitter('image:alt', alt),
  ]
    .map((tag) => `    ${tag}\n`)
    .join('')
}
