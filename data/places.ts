/**
 * The places of every layer as parsed (data/places/<layer>.json), in one map: what data/index.ts
 * checks and exports, and what the app's first-view chunk imports without the facts and sources.
 */
import airports from './places/airports.json' with { type: 'json' }
import articlePlaces from './places/article.json' with { type: 'json' }
import context from './places/context.json' with { type: 'json' }
import curfew from './places/curfew.json' with { type: 'json' }
import deaths from './places/deaths.json' with { type: 'json' }
import mines from './places/mines.json' with { type: 'json' }
import south from './places/south.json' with { type: 'json' }
import type { LayerId } from './types.ts'

/** Each layer's file, as parsed (data/places/<layer>.json). */
export const placesByLayer: Record<LayerId, unknown> = {
  article: articlePlaces,
  south,
  mines,
  deaths,
  airports,
  curfew,
  context,
}
