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
 * A day D shows the state of the world at the END of D (isPlaceShownAt), from each place's
 * `timeline` (data/types.ts):
 * - a deaths place once someone has died there: a man shot on 15 December who died on 17 December
 *   is not on the map of the 16th (`deaths-huamanga-2022-12-17`);
 * - a curfew or the state of emergency on the days it was in force: Virú's curfew shows 16–18
 *   December, not on the 19th, when DS 147-2022-PCM lifted it;
 * - an airport on the days it was closed;
 * - any other place from its FIRST date on (Congress from 7 December); undated places (the mines)
 *   always.
 * deathsTotalAt(places, D) counts the people dead by the end of D: the markers shown.
 *
 * Decisions:
 * - Dates before 7 December (the 2019 events abroad) get no day of their own: their places count
 *   as shown from the strip's start, since their first date is before every day of it.
 * - Later days stop at 31 December 2022 (and never pass DATE_MAX: a day the link cannot carry
 *   would be lost on reload). The state of emergency's end (14 January 2023) gets no day; any
 *   `?date=` up to DATE_MAX still shows the state of that day.
 * - ISO dates compare as strings: '2022-12-09' < '2022-12-10'.
 */
import type { Period, Place } from '../../data/types.ts'
import { DATE_MAX } from '../state/url.ts'

/** What the timeline reads of a place. */
export type DatedPlace = Pick<Place, 'dates' | 'timeline'>

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
const STRIP_LAST = '2022-12-31' // later days stop with the month the data covers day by day

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
  const later = new Set(
    allDates.filter((date) => date > MAIN_LAST && date <= STRIP_LAST && date <= DATE_MAX),
  )
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

/** Whether `date` lies in one of the periods (both ends included; `to` null: open-ended). */
export function inPeriods(periods: readonly Period[], date: string): boolean {
  return periods.some(({ from, to }) => from <= date && (to === null || date <= to))
}

/** The people of a deaths place dead by the end of `date` (all of them when `date` is null). */
export function peopleDeadBy(place: DatedPlace, date: string | null): number {
  const timeline = place.timeline
  if (timeline?.kind !== 'deaths') return 0
  return timeline.people.filter((person) => date === null || person.died <= date).length
}

/**
 * Whether a place is on the map at the end of `date` (see the module comment); every place shows
 * when no date is chosen.
 */
export function isPlaceShownAt(place: DatedPlace, date: string | null): boolean {
  const timeline = place.timeline
  if (date === null) return true
  if (timeline === null) return isShownAt(place.dates, date)
  if (timeline.kind === 'deaths') return peopleDeadBy(place, date) > 0
  return inPeriods(timeline.periods, date)
}

/** The number of people dead by the end of `date` over all places: what the markers show. */
export function deathsTotalAt(places: readonly DatedPlace[], date: string | null): number {
  return places.reduce((sum, place) => sum + peopleDeadBy(place, date), 0)
}

/** The last day of death in the data: the "as of" date of the total when no date is chosen. */
export function lastDeathDay(places: readonly DatedPlace[]): string | null {
  const days = places.flatMap((p) => (p.timeline?.kind === 'deaths' ? p.timeline.people : []))
  return (
    days
      .map((person) => person.died)
      .sort()
      .at(-1) ?? null
  )
}

/** The day after an ISO date: '2022-12-31' → '2023-01-01'. */
export function dayAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

/**
 * The days on which the place changes on the map: its dates, and the day after each period ends
 * (the day a curfew is no longer in force), so that the strip offers the day it ended.
 */
export function changeDays(place: DatedPlace): string[] {
  const timeline = place.timeline
  const ends =
    timeline && timeline.kind !== 'deaths'
      ? timeline.periods.flatMap(({ to }) => (to === null ? [] : [dayAfter(to)]))
      : []
  return [...place.dates, ...ends]
}
