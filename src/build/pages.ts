/**
 * The pages the build writes, one per share link, so links work on any static host with no
 * server rewrites: `region/<slug>/` for the 26 regions, and the same page at every other key that
 * names a region (`region/lima/`, `region/PE-AYA/`, `region/pe-aya/`), which the app rewrites to
 * the canonical slug on load.
 */
import regionsJson from '../../geo/peru-regions.json' with { type: 'json' }
import { indexRegions, REGION_ALIASES, type RegionCollection } from '../model/regions.ts'

export interface Page {
  path: string // folder below the root, '' for the root page; always ends in '/' otherwise
  canonicalPath: string // the page's canonical address below the root
  title: { es: string; en: string }
  regionIso: string | null
}

const SITE_TITLE = { es: 'Perú, diciembre de 2022', en: 'Peru, December 2022' }

function regionTitle(name: { es: string; en: string }) {
  return { es: `${name.es} — ${SITE_TITLE.es}`, en: `${name.en} — ${SITE_TITLE.en}` }
}

export function pages(): Page[] {
  const list: Page[] = [{ path: '', canonicalPath: '', title: SITE_TITLE, regionIso: null }]
  const regions = indexRegions(regionsJson as unknown as RegionCollection)
  for (const region of regions.list) {
    const canonicalPath = `region/${region.slug}/`
    const keys = [region.slug, region.iso, region.iso.toLowerCase()]
    for (const [alias, iso] of Object.entries(REGION_ALIASES)) {
      if (iso === region.iso) keys.push(alias)
    }
    for (const key of keys) {
      list.push({
        path: `region/${key}/`,
        canonicalPath,
        title: regionTitle(region.name),
        regionIso: region.iso,
      })
    }
  }
  return list
}

/** How many folders below the root a page is. */
export function depthOf(path: string): number {
  return path.split('/').filter(Boolean).length
}
