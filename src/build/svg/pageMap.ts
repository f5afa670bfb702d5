/**
 * Puts a page's static map into its HTML: the `<nav>` with the SVG first in `<body>`, then the
 * classic script that frames it (static-frame.js), so both come before the app's module and
 * before the first paint. The page's focus comes from its preview highlight (pages.ts).
 */

import { STRINGS } from '../../i18n/strings.ts'
import type { RegionIndex } from '../../model/regions.ts'
import type { Story } from '../../model/story.ts'
import { escapeHtml } from '../html.ts'
import type { Page } from '../pages.ts'
import { type StaticMapSources, staticMap } from './staticMap.ts'
import type { Focus } from './target.ts'

const MAP_LABEL = STRINGS.es.mapLabel // the pages are in Spanish until the app runs

/** What a page's map selects: its region, its place, or nothing (the whole of Peru). */
export function focusOf(page: Page, regions: RegionIndex, story: Story): Focus {
  if (page.key.startsWith('place-')) {
    const entry = story.byId(page.key.slice('place-'.length))
    if (entry) return { kind: 'place', entry }
  }
  if (page.highlight.kind === 'regions' && page.key.startsWith('region-')) {
    const iso = page.highlight.regions[0]
    if (iso && regions.byIso(iso)) return { kind: 'region', iso }
  }
  return { kind: 'home' }
}

/**
 * The page with its static map, its static card (build/card/; '' for none) and the frame script,
 * which hands both over to the app; `prefix` leads back to the root.
 */
export function withStaticMap(
  html: string,
  sources: StaticMapSources,
  focus: Focus,
  prefix: string,
  scriptPath: string,
  card = '',
): string {
  const map = staticMap(sources, focus, prefix, MAP_LABEL)
  const script = `<script src="${escapeHtml(prefix + scriptPath)}"></script>`
  const cardLine = card ? `${card}\n    ` : ''
  return html.replace(/<body>\s*/, (body) => `${body}${map}\n    ${cardLine}${script}\n    `)
}
