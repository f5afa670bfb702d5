/**
 * Path options for the places, by layer and kind. Approximate places are dashed and lighter, so
 * they look approximate on the map; the popup says "approximate location" in words.
 */
import type { PathOptions } from 'leaflet'
import { deathsRadius } from '../model/deathsRadius.ts'
import type { PlaceEntry } from '../model/story.ts'
import { LAYER_COLORS } from './palette.ts'
import { PHONE_QUERY, touchRadius } from './touchRadius.ts'

const POINT_RADIUS = 7 // pixels
const APPROXIMATE_DASH = '3 3' // pixels on, pixels off

// A phone (touchRadius.ts), read once at load.
const isPhone = globalThis.matchMedia?.(PHONE_QUERY).matches ?? false

/** A point's radius in pixels (its click target): on phones at least TOUCH_RADIUS. */
export function pointRadius(entry: PlaceEntry): number {
  const r = entry.place.kind !== 'deaths' ? POINT_RADIUS : deathsRadius(entry.people)
  return touchRadius(r, isPhone)
}

/** `place place-point place-antamina layer-mines place-approximate`: tests and styles find it.
 * Places the article does not name (Las Bambas, Quellaveco) also get `place-unnamed`. */
export function placeClassName(entry: PlaceEntry, shape: 'point' | 'area'): string {
  const approx = entry.place.approximate ? ' place-approximate' : ''
  const unnamed = entry.place.named_in_article ? '' : ' place-unnamed'
  return `place place-${shape} place-${entry.place.id} layer-${entry.place.layer}${approx}${unnamed}`
}

const UNNAMED_FILL = 0.08 // places the article does not name are drawn hollow, set apart

export function pointStyle(entry: PlaceEntry, selected: boolean): PathOptions {
  const color = LAYER_COLORS[entry.place.layer]
  return {
    color: selected ? '#111' : color,
    weight: selected ? 3 : 2,
    fillColor: color,
    fillOpacity: !entry.place.named_in_article
      ? UNNAMED_FILL
      : entry.place.approximate
        ? 0.35
        : 0.75,
    dashArray: entry.place.approximate ? APPROXIMATE_DASH : undefined,
  }
}

/** Leaflet applies `className` only when a path is created: pass it as a prop, not in setStyle. */
export function areaStyle(entry: PlaceEntry, selected: boolean): PathOptions {
  const color = LAYER_COLORS[entry.place.layer]
  const hatched = entry.place.layer === 'curfew'
  return {
    color: selected ? '#111' : color,
    weight: selected ? 3 : 2,
    dashArray: entry.place.approximate || entry.zone ? '6 4' : undefined,
    fillColor: hatched ? 'url(#curfew-hatch)' : color,
    fillOpacity: hatched ? 1 : 0.08,
    className: placeClassName(entry, 'area'),
  }
}
