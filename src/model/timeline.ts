/**
 * The timeline's days and what the map shows on each: pure functions over ISO dates.
 *
 * The strip covers the article's window, from Castillo's arrest (7 December 2022) to the article's
 * date (16 December), then, after a gap, the later days the facts refer to (deaths on 17 and 21
 * December, the curfew extended to Huamanga on 18 December):
 *
 *   timelineDays(places.flatMap((p) => p.dates))
 *   → { main: ['2022-12-07', …, '2022-12-16'], later: ['2022-12-17', '2022-12-18', …] }
 *
 * A place shows from its FIRST date on: at 2022-12-11 the Andahuaylas deaths of 11 December show,
 * the Huamanga deaths of 15 December do not. Undated places (the mines) always show.
 *
 * Decisions:
 * - Dates before 7 December (the 2019 events abroad) get no day of their own: their places count
 *   as shown from the strip's start, since their first date is before every day of it.
 * - Later days stop at DATE_MAX: a day the link cannot carry (`?date=` reads only up to DATE_MAX)
 *   would be lost on reload, so it is not offered.
 * - ISO dates compare as strings: '2022-12-09' < '2022-12-10'.
 */
import { DATE_MAX } from '../state/url.ts'

/** The article's window: Castillo's arrest (7 Dec 2022) to the article's date (16 Dec). */
export const MAIN_DAYS: readonly string[] = Object.freeze([
  '2022-12-07',
  '2022-12-08',
  '2022-12-09',
  '2022-12-10',
  '2022-12-11',
  '2022-12-12',
  '2022-12-13',
  '2022-12-14',
  '2022-12-15',
  '2022-12-16',
])
const MAIN_LAST = '2022-12-16' // the article's date; later days come after it

/** The days of the strip: the article's window, and the later dates found in the data. */
export interface TimelineDays {
  main: string[]
  later: string[]
}

/**
 * The strip's days for the dates present in the data: MAIN_DAYS, and the distinct dates after
 * 16 December (up to DATE_MAX), sorted. Dates before 7 December get no day (see the decisions).
 */
export function timelineDays(allDates: readonly string[]): TimelineDays {
  const later = new Set(allDates.filter((date) => date > MAIN_LAST && date <= DATE_MAX))
  return { main: [...MAIN_DAYS], later: [...later].sort() }
}

/**
 * Whether a feature with these dates (sorted, as data/check enforces) is on the map at `date`:
 * always when no date is chosen or the feature is undated, else from its first date on.
 */
export function isShownAt(dates: readonly string[], date: string | null): boolean {
  const first = dates[0]
  return date === null || first === undefined || first <= date
}

/**
 * The day after `current` for play: the first day when `current` is null, the first day later
 * than `current` otherwise (so a date between or before the strip's days still steps on), and
 * null after the last day, meaning "all dates": play stops there.
 */
export function nextDay(days: readonly string[], current: string | null): string | null {
  if (current === null) return days[0] ?? null
  return days.find((day) => day > current) ?? null
}
