/**
 * The dataset the app imports: every file of data/ as one typed object. The shapes are checked by
 * validateDataset (data/validate.ts) at build and test time, so the casts here are safe.
 *
 * import { dataset } from '../../data/index.ts'
 * dataset.places.filter((p) => p.layer === 'deaths')
 */
import article from './article.json' with { type: 'json' }
import type { Article, Dataset, LayerInfo } from './dataset.ts'
import facts from './facts.json' with { type: 'json' }
import layers from './layers.json' with { type: 'json' }
import { placesByLayer } from './places.ts'
import quotes from './quotes.json' with { type: 'json' }
import references from './references.json' with { type: 'json' }
import runoff from './runoff.json' with { type: 'json' }
import sources from './sources.json' with { type: 'json' }
import type { Fact, Place, Quote, Reference, Runoff, Source, Zone } from './types.ts'
import { LAYER_IDS } from './types.ts'
import zones from './zones.json' with { type: 'json' }

export { placesByLayer }

/** The files as parsed, before any check: what validateDataset reads. */
export const rawFiles = {
  article: article as unknown,
  sources: sources as unknown,
  facts: facts as unknown,
  quotes: quotes as unknown,
  zones: zones as unknown,
  runoff: runoff as unknown,
  references: references as unknown,
  layers: layers as unknown,
  places: placesByLayer,
}

export const dataset: Dataset = {
  article: article as Article,
  sources: sources as Source[],
  facts: facts as Fact[],
  quotes: quotes as Quote[],
  places: LAYER_IDS.flatMap((id) => placesByLayer[id] as Place[]),
  zones: zones as Zone[],
  runoff: runoff as Runoff,
  references: references as Reference[],
  layers: layers as LayerInfo[],
}
