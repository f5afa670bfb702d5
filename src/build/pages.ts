/**
 * The pages the build writes, one per share link, so links work on any static host with no
 * server rewrites: `/` for the whole map, `region/<slug>/` for the 26 regions and the same page at
 * every other key that names a region (`region/lima/`, `region/PE-AYA/`, `region/pe-aya/`), which
 * the app rewrites to the canonical slug on load, and `place/<id>/` for every place in data/.
 *
 * Each page carries what its link preview needs: title, description (sentences from the data,
 * never invented), the canonical page and the preview image's key (`og/<key>.png`, one per
 * canonical page: alias pages share their region's).
 */
import type { Localized, Place } from '../../data/types.ts'
import { pageTitle } from '../i18n/pageTitle.ts'
import { indexRegions, REGION_ALIASES, type RegionCollection } from '../model/regions.ts'
import { clip, joinNames } from './text.ts'

/** What the preview image highlights. */
export type Highlight =
  | { kind: 'none' }
  | { kind: 'regions'; regions: string[] } // ISO codes, filled in the accent colour
  | { kind: 'point'; lat: number; lng: number } // a marker
  | { kind: 'zone'; zone: string } // a shape of geo/zones.json

export interface Page {
  path: string // folder below the root, '' for the root page; always ends in '/' otherwise
  canonicalPath: string // the page's canonical address below the root
  key: string // the preview image is og/<key>.png; shared by a canonical page and its aliases
  title: Localized
  description: Localized
  label: Localized // the name the preview image shows
  highlight: Highlight
}

export interface SiteSources {
  regions: RegionCollection
  places: readonly Place[]
}

export const SITE_NAME: Localized = {
  es: 'Perú, diciembre de 2022: el mapa de las protestas',
  en: 'Peru, December 2022: the map of the protests',
}
const SHORT_NAME: Localized = { es: 'Perú, diciembre de 2022', en: 'Peru, December 2022' }
const STORY = '«Protests mount in Peru with at least 21 killed by US-trained security forces»'
const HOME_DESCRIPTION: Localized = {
  es: `Mapa interactivo del artículo ${STORY} (WSWS, 16 de diciembre de 2022): regiones, lugares, citas y fuentes.`,
  en: `Interactive map of the article ${STORY} (WSWS, 16 December 2022): regions, places, quotes and sources.`,
}
const DESCRIPTION_CHARS = 200 // search engines cut descriptions at ~160–200 characters
const NAMES_LISTED = 3 // places named in a region's description; the rest are counted
const PLACE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/ // ids become folder names: ASCII kebab only

/** The page's title, as the app writes it once it runs (ui/useDocumentTitle.ts). */
function titled(name: Localized): Localized {
  return { es: pageTitle(name.es, SITE_NAME.es), en: pageTitle(name.en, SITE_NAME.en) }
}

function touches(place: Place, iso: string): boolean {
  return (
    place.region === iso ||
    (place.geometry.type === 'regions' && place.geometry.regions.includes(iso))
  )
}

/** What the map shows about a region, from the places that lie in it (those in it first). */
export function regionDescription(
  name: Localized,
  iso: string,
  places: readonly Place[],
  regionCount: number,
): Localized {
  // Places declared in the region first, those the article names before the others.
  const rank = (p: Place) => (p.region === iso ? 0 : 2) + (p.named_in_article ? 0 : 1)
  const inRegion = places
    .filter((p) => touches(p, iso))
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p)
  if (inRegion.length === 0) {
    return {
      es: `${name.es}, una de las ${regionCount} regiones del Perú, en el mapa del artículo ${STORY} (WSWS, 16 de diciembre de 2022).`,
      en: `${name.en}, one of Peru's ${regionCount} regions, on the map of the article ${STORY} (WSWS, 16 December 2022).`,
    }
  }
  const sentence = (lang: 'es' | 'en', listed: number) => {
    // Quoted: names may hold colons and commas ('Toque de queda: provincia de Huamanga').
    const quote = lang === 'es' ? (n: string) => `«${n}»` : (n: string) => `“${n}”`
    const names = joinNames(
      inRegion.map((p) => quote(p.name[lang])),
      listed,
      lang,
    )
    return lang === 'es'
      ? `Lo que muestra el mapa de las protestas de diciembre de 2022 en ${name.es}: ${names}.`
      : `What the map of Peru's December 2022 protests shows in ${name.en}: ${names}.`
  }
  // Long place names: list fewer of them rather than cut a name in half.
  const fitted = (lang: 'es' | 'en') => {
    for (let listed = NAMES_LISTED; listed > 1; listed--) {
      const text = sentence(lang, listed)
      if (text.length <= DESCRIPTION_CHARS) return text
    }
    return clip(sentence(lang, 1), DESCRIPTION_CHARS)
  }
  return { es: fitted('es'), en: fitted('en') }
}

function placeHighlight(place: Place): Highlight {
  const g = place.geometry
  if (g.type === 'point') return { kind: 'point', lat: g.lat, lng: g.lng }
  if (g.type === 'regions') return { kind: 'regions', regions: g.regions }
  return { kind: 'zone', zone: g.zone }
}

function placePage(place: Place): Page {
  if (!PLACE_ID.test(place.id)) throw new Error(`place id "${place.id}" is not an ASCII slug`)
  const path = `place/${place.id}/`
  return {
    path,
    canonicalPath: path,
    key: `place-${place.id}`,
    title: titled(place.name),
    description: {
      es: clip(place.description.es, DESCRIPTION_CHARS),
      en: clip(place.description.en, DESCRIPTION_CHARS),
    },
    label: place.name,
    highlight: placeHighlight(place),
  }
}

export function pages({ regions: geojson, places }: SiteSources): Page[] {
  const list: Page[] = [
    {
      path: '',
      canonicalPath: '',
      key: 'home',
      title: SITE_NAME,
      description: HOME_DESCRIPTION,
      label: SHORT_NAME,
      highlight: { kind: 'none' },
    },
  ]
  const regions = indexRegions(geojson)
  for (const region of regions.list) {
    const canonicalPath = `region/${region.slug}/`
    const page: Omit<Page, 'path'> = {
      canonicalPath,
      key: `region-${region.slug}`,
      title: titled(region.name),
      description: regionDescription(region.name, region.iso, places, regions.list.length),
      label: region.name,
      highlight: { kind: 'regions', regions: [region.iso] },
    }
    const keys = [region.slug, region.iso, region.iso.toLowerCase()]
    for (const [alias, iso] of Object.entries(REGION_ALIASES)) {
      if (iso === region.iso) keys.push(alias)
    }
    for (const key of keys) list.push({ ...page, path: `region/${key}/` })
  }
  for (const place of places) list.push(placePage(place))
  return list
}

/** How many folders below the root a page is. */
export function depthOf(path: string): number {
  return path.split('/').filter(Boolean).length
}
