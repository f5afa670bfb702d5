/**
 * Which overlays show: the link's `?layers=` when it has one, else a sensible default (the
 * article's own places, the deaths and the airports: what a first-time reader came for).
 * The layer of an opened place is shown too, so `/place/antamina/` draws its mine.
 */
import { LAYER_IDS, type LayerId } from '../../data/types.ts'

export const DEFAULT_LAYERS: readonly LayerId[] = ['article', 'deaths', 'airports']

export function visibleLayers(
  fromLink: readonly LayerId[] | null,
  openedPlaceLayer: LayerId | null,
): readonly LayerId[] {
  const chosen = new Set(fromLink ?? DEFAULT_LAYERS)
  if (openedPlaceLayer) chosen.add(openedPlaceLayer)
  return LAYER_IDS.filter((id) => chosen.has(id))
}

/** The layers after a checkbox toggles one (the link keeps what the reader chose, nothing more). */
export function toggled(
  current: readonly LayerId[],
  layer: LayerId,
  on: boolean,
): readonly LayerId[] {
  const next = new Set(current)
  if (on) next.add(layer)
  else next.delete(layer)
  return LAYER_IDS.filter((id) => next.has(id))
}
