/**
 * The map in words, written into every prerendered page (inside `#root`, which the app replaces
 * when it starts; index.html's skip link, the page's first Tab stop, leads to it): the page's
 * title and the description itself
 * (src/describe/describe.ts, the same function the app renders), in the page's language and for
 * the page's selection, with the link's default layers and every date. Readers without
 * JavaScript, reader modes and crawlers get the text; every piece of it is escaped (html.ts).
 */
import { dataset } from '../../data/index.ts'
import { describeMap, type MapText } from '../describe/describe.ts'
import { allStrings } from '../i18n/allStrings.ts'
import type { Lang } from '../i18n/lang.ts'
import { indexDetails } from '../model/details.ts'
import { visibleLayers } from '../model/layers.ts'
import { indexRegions, type RegionCollection } from '../model/regions.ts'
import { NO_SELECTION, type Selection } from '../model/selection.ts'
import { indexStory, type LayerInfo, type ZoneCollection } from '../model/story.ts'
import { element, type Html, text } from './html.ts'

/** The ids the app's own description uses too (ui/MapDescription.tsx). */
export const DESCRIPTION_ID = 'map-description'
export const SHORT_ID = 'map-description-short'

export interface DescriptionModel {
  describe: (canonicalPath: string, lang: Lang) => MapText
}

/** Indexes the data once, as the app does after load, and describes each page's selection. */
export function descriptionModel(
  regionsJson: RegionCollection,
  zones: ZoneCollection,
): DescriptionModel {
  const regions = indexRegions(regionsJson)
  const story = indexStory(
    {
      places: dataset.places,
      quotes: dataset.quotes,
      runoff: dataset.runoff,
      layers: dataset.layers as LayerInfo[],
    },
    zones,
    regions,
  )
  const details = indexDetails(dataset)
  function selectionOf(path: string): Selection {
    const [kind, key] = path.split('/')
    const region = kind === 'region' && key ? regions.resolve(key) : undefined
    if (region) return { kind: 'region', region, canonical: true }
    const entry = kind === 'place' && key ? story.byId(key) : undefined
    return entry ? { kind: 'place', entry } : NO_SELECTION
  }
  return {
    describe(canonicalPath, lang) {
      const selection = selectionOf(canonicalPath)
      const layer = selection.kind === 'place' ? selection.entry.place.layer : null
      const layers = visibleLayers(null, layer)
      return describeMap({ regions, story, details, layers, date: null, selection }, lang)
    },
  }
}

/** The page's content before the app starts: its title and the map in words. */
export function pageContent(title: string, description: MapText, lang: Lang): Html[] {
  const t = allStrings(lang)
  const blocks = description.blocks.flatMap((block) => [
    element('h3', {}, [text(block.heading)]),
    element(
      'ul',
      {},
      block.lines.map((line) => element('li', {}, [text(line)])),
    ),
  ])
  return [
    element('h1', { class: 'static-title' }, [text(title)]),
    element(
      'section',
      {
        id: DESCRIPTION_ID,
        class: 'map-description',
        'aria-labelledby': `${DESCRIPTION_ID}-heading`,
        tabindex: '-1',
      },
      [
        element('h2', { id: `${DESCRIPTION_ID}-heading` }, [text(t.describeHeading)]),
        element('p', { id: SHORT_ID }, [text(description.short)]),
        ...blocks,
      ],
    ),
  ]
}
