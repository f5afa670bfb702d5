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

/** With map tiles underneath, the fill is lighter so streets and relief show through. */
const OVER_TILES: PathOptions = { fillOpacity: 0.15 }

export function regionStyle(state: RegionState, overTiles: boolean): PathOptions {
  return overTiles ? { ...STYLES[state], ...OVER_TILES } : STYLES[state]
}

export function regionState(iso: string, selected: string | null, hovered: boolean): RegionState {
  if (iso === selected) return 'selected'
  return hovered ? 'hover' : 'normal'
}
