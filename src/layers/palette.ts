/**
 * The colours of the overlays, shared by the map and the legend so they always agree. Each layer
 * also differs by shape or line (dashes, hatching), so colour is never the only carrier of meaning.
 */
import type { LayerId } from '../../data/types.ts'

export const LAYER_COLORS: Record<LayerId, string> = {
  article: '#1a5fb4', // blue: the places the article names
  south: '#a63603', // dark orange: the southern macro-region outline
  mines: '#6d4c00', // ochre: the mines and their zones
  deaths: '#b00020', // red: where people were killed
  airports: '#5e3c99', // purple: the airports
  curfew: '#3d3d3d', // dark grey, hatched: the curfew
  context: '#1e7a5a', // green: Bolivia and Chile, 2019
}

/** Castillo's 2021 run-off share classes (percent of valid votes), ColorBrewer Oranges. */
export const RUNOFF_CLASSES: readonly { min: number; max: number; color: string }[] = [
  { min: 0, max: 30, color: '#feedde' },
  { min: 30, max: 50, color: '#fdbe85' },
  { min: 50, max: 70, color: '#fd8d3c' },
  { min: 70, max: 85, color: '#e6550d' },
  { min: 85, max: 100.0001, color: '#a63603' },
]

/** The choropleth's fill of every region with a figure, by region code. */
export function runoffFills(runoff: ReadonlyMap<string, number>): ReadonlyMap<string, string> {
  const fills = new Map<string, string>()
  for (const [iso, pct] of runoff) {
    const cls = runoffClass(pct)
    if (cls) fills.set(iso, cls.color)
  }
  return fills
}

export function runoffClass(pct: number): { min: number; max: number; color: string } | undefined {
  return RUNOFF_CLASSES.find((c) => pct >= c.min && pct < c.max)
}
