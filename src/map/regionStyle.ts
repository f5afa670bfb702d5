/**
 * Path styles of the regions, by state. Pure, so the layer can restyle one region on hover
 * without rebuilding the others.
 */
import type { PathOptions } from 'leaflet'

export type RegionState = 'normal' | 'hover' | 'selected'

const BASE: PathOptions = {
  color: '#6f6a60', // region border
  weight: 1,
  fillColor: '#fbfaf6',
  fillOpacity: 0.9,
}

const STYLES: Record<RegionState, PathOptions> = {
  normal: BASE,
  hover: { ...BASE, color: '#222', weight: 2, fillColor: '#f3efe3' },
  selected: { ...BASE, color: '#9d1c1c', weight: 3, fillColor: '#fbe9e4' },
}

/** Regions the article names are set apart: a warmer fill and a darker border. */
const NAMED: PathOptions = { ...BASE, fillColor: '#f6e9cf', color: '#4d463b', weight: 1.5 }

/** With map tiles underneath, the fill is lighter so streets and relief show through. */
const OVER_TILES: PathOptions = { fillOpacity: 0.15 }

/**
 * The style of a region. `fill` is the choropleth's colour when the `south` layer is on: the
 * regions layer paints it itself, so borders and hover stay on top of the classes.
 */
export function regionStyle(
  state: RegionState,
  overTiles: boolean,
  fill?: string,
  named = false,
): PathOptions {
  const base = named && state === 'normal' ? NAMED : STYLES[state]
  const style = overTiles ? { ...base, ...OVER_TILES } : base
  return fill ? { ...style, fillColor: fill, fillOpacity: overTiles ? 0.5 : 0.85 } : style
}

export function regionState(iso: string, selected: string | null, hovered: boolean): RegionState {
  if (iso === selected) return 'selected'
  return hovered ? 'hover' : 'normal'
}
