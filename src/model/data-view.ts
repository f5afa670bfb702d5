/**
 * The data the first view needs, as its own lazy chunk (`data-view-*.js`, counted in the
 * first-view budget by tests/build): the places, the layers, the run-off figures, the article's
 * quotes and references, and the article's text (the Article tab parses it). The facts and their sources, which
 * only popups and legends' details show, load after it (details-data.ts).
 */
import articleText from '../../data/article.md?raw'
import layers from '../../data/layers.json' with { type: 'json' }
import { placesByLayer } from '../../data/places.ts'
import quotes from '../../data/quotes.json' with { type: 'json' }
import references from '../../data/references.json' with { type: 'json' }
import runoff from '../../data/runoff.json' with { type: 'json' }
import { LAYER_IDS, type Place, type Quote, type Reference, type Runoff } from '../../data/types.ts'
import type { ArticleSource } from './model.ts'
import type { LayerInfo } from './story.ts'

export const view = {
  places: LAYER_IDS.flatMap((id) => placesByLayer[id] as Place[]),
  layers: layers as LayerInfo[],
  runoff: runoff as Runoff,
  quotes: quotes as Quote[],
}

/** The article's text; the Article tab parses it when it opens, so the parser is not in the
 * JavaScript the map waits for. */
export const article: ArticleSource = {
  text: articleText,
  references: references as Reference[],
}
