/**
 * A deaths circle's radius in pixels for the people killed at a place: 7 px for any marker, plus
 * 2.5 px per √people, so a circle's area grows with the count. The markers (layers/placeStyle.ts)
 * and the legend's size key (deathsLegend.ts) share it; kept apart so the initial bundle does not
 * pull in the legend's text.
 */
const POINT_RADIUS = 7 // pixels: every place marker
const RADIUS_PER_PERSON = 2.5 // pixels of radius per √(people killed)

export function deathsRadius(people: number): number {
  return POINT_RADIUS + RADIUS_PER_PERSON * Math.sqrt(Math.max(1, people))
}
