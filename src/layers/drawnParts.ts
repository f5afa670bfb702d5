/**
 * What the overlays draw for the places shown: areas (zones, regions, a mine's circle, a curfew
 * province's shape) and points. A curfew province is drawn as its province (INEI 2023, clipped to
 * its region) instead of a point at its capital; and once the provinces are drawn, the curfew's
 * eight whole regions (`curfew-regions`) are drawn only when that place itself is opened, so its
 * share link still shows it.
 *
 *   drawnParts([curfewViru, antamina], null) → { areas: [viru's province, antamina's circle],
 *                                                 points: [antamina] }
 */
import type { PlaceEntry } from '../model/story.ts'

export interface DrawnParts {
  areas: PlaceEntry[]
  points: PlaceEntry[]
}

const isProvince = (entry: PlaceEntry) => entry.halo?.zone?.properties.kind === 'province'

export function drawnParts(entries: readonly PlaceEntry[], selectedId: string | null): DrawnParts {
  const provinces = entries.some(isProvince)
  const areas = entries.flatMap((entry) => {
    if (entry.place.geometry.type === 'point') return entry.halo ? [entry.halo] : []
    const wholeCurfewRegions =
      entry.place.layer === 'curfew' && entry.place.geometry.type === 'regions'
    if (wholeCurfewRegions && provinces && entry.place.id !== selectedId) return []
    return [entry]
  })
  const points = entries.filter((e) => e.place.geometry.type === 'point' && !isProvince(e))
  return { areas, points }
}
