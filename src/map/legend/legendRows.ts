/**
 * What the on-map legend lists for the visible layers, pure: one row per layer (its symbol and
 * name), then the notes that apply to what is drawn (dashed = approximate, hollow = not named in
 * the article, hatched curfew provinces, the fill of the regions the article names).
 *
 *   legendRows(['article', 'deaths'], entries, false)
 *     → { layers: ['article', 'deaths'], approximate: true, unnamed: false, hatched: false,
 *         namedRegions: true, runoff: false }
 */
import type { LayerId } from '../../../data/types.ts'
import type { PlaceEntry } from '../../model/story.ts'

export interface LegendRows {
  layers: LayerId[]
  approximate: boolean
  unnamed: boolean
  hatched: boolean
  namedRegions: boolean // the warm fill of the regions the article names
  runoff: boolean // the south's choropleth classes
  deaths: boolean // the size key
}

export function legendRows(
  layers: readonly LayerId[],
  shown: readonly PlaceEntry[],
  fillsOn: boolean,
): LegendRows {
  const points = shown.filter((e) => e.place.geometry.type === 'point')
  return {
    layers: [...layers],
    approximate: shown.some((e) => e.place.approximate),
    unnamed: points.some((e) => !e.place.named_in_article),
    hatched: layers.includes('curfew'),
    namedRegions: !fillsOn,
    runoff: fillsOn,
    deaths: layers.includes('deaths'),
  }
}
