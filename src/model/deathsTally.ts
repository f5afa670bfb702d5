/**
 * The deaths total the timeline bar states for a day, with its "as of" date: the people dead by
 * the end of that day, which is exactly what the deaths markers show (both come from
 * src/model/timeline.ts). With no day chosen, every death in the data, as of the last one.
 *
 *   deathsTallyAt(places, '2022-12-16') → { count: 21, asOf: '2022-12-16' }
 *   deathsTallyAt(places, null)         → { count: 24, asOf: '2022-12-21' }
 */
import { type DatedPlace, deathsTotalAt, lastDeathDay } from './timeline.ts'

export interface DeathsTally {
  count: number
  asOf: string | null // ISO date; null only when the data has no death at all
}

export function deathsTallyAt(places: readonly DatedPlace[], date: string | null): DeathsTally {
  return { count: deathsTotalAt(places, date), asOf: date ?? lastDeathDay(places) }
}
