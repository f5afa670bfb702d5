/**
 * Checks the dates that drive the timeline (`place.timeline`, see types.ts), so that the map can
 * never show a death before it happened or a curfew outside its days:
 *
 *   data/places/deaths.json: place "deaths-chala": person "death-chala" died 2022-12-18, but the
 *   fact does not say so (no "18 December 2022" in its English text)
 *
 * - a deaths place lists each of its `death-…` facts once, injured ≤ died, the died day is written
 *   in the fact's English text, the cause is "blockade" exactly when the fact says "blockade", and
 *   `dates` are exactly the injury and death days;
 * - a curfew must be `in-force`, an airport `closed`, a deaths place `deaths`;
 * - periods run forward (from ≤ to), are sorted and do not overlap, and `dates` holds each start.
 */
import type { Fact, Place } from '../types.ts'
import { type Entry, problem } from './entries.ts'

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** '2022-12-17' → '17 December 2022', as the facts write dates in English. */
export function englishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${d} ${MONTHS_EN[m - 1]} ${y}`
}

const KIND_TIMELINE: Partial<Record<Place['kind'], string>> = {
  deaths: 'deaths',
  curfew: 'in-force',
  airport: 'closed',
}

function checkDeaths(entry: Entry<Place>, factById: Map<string, Fact>): string[] {
  const place = entry.value
  if (place.timeline?.kind !== 'deaths') return []
  const out: string[] = []
  const listed = place.timeline.people.map((person) => person.fact)
  const named = place.facts.filter((id) => id.startsWith('death-'))
  for (const id of named)
    if (listed.filter((fact) => fact === id).length !== 1)
      out.push(problem(entry, `timeline.people must list "${id}" exactly once`))
  for (const person of place.timeline.people) {
    if (!named.includes(person.fact))
      out.push(problem(entry, `timeline.people names "${person.fact}", not a death fact of it`))
    if (person.injured > person.died)
      out.push(problem(entry, `person "${person.fact}" died before being injured`))
    const text = factById.get(person.fact)?.text.en ?? ''
    if ((person.cause === 'blockade') !== /\bblockades?\b/.test(text))
      out.push(
        problem(entry, `person "${person.fact}": cause "${person.cause}" disagrees with the fact`),
      )
    if (!text.includes(englishDate(person.died)))
      out.push(
        problem(
          entry,
          `person "${person.fact}" died ${person.died}, but the fact does not say so (no "${englishDate(person.died)}" in its English text)`,
        ),
      )
  }
  const days = [...new Set(place.timeline.people.flatMap((p) => [p.injured, p.died]))].sort()
  if (days.join() !== place.dates.join())
    out.push(problem(entry, `dates must be the injury and death days: ${days.join(', ')}`))
  return out
}

function checkPeriods(entry: Entry<Place>): string[] {
  const place = entry.value
  const timeline = place.timeline
  if (timeline === null || timeline.kind === 'deaths') return []
  const out: string[] = []
  let previousEnd: string | null = ''
  for (const { from, to } of timeline.periods) {
    if (to !== null && to < from)
      out.push(problem(entry, `period ${from}–${to} ends before it starts`))
    if (previousEnd === null || from <= previousEnd)
      out.push(problem(entry, `period from ${from} overlaps or precedes the one before`))
    if (!place.dates.includes(from))
      out.push(problem(entry, `dates must include the start of each period (${from})`))
    previousEnd = to
  }
  return out
}

export function checkTimeline(entry: Entry<Place>, factById: Map<string, Fact>): string[] {
  const place = entry.value
  const out: string[] = []
  const wanted = KIND_TIMELINE[place.kind]
  if (wanted && place.timeline?.kind !== wanted)
    out.push(problem(entry, `a ${place.kind} place needs a timeline of kind "${wanted}"`))
  if (place.timeline?.kind === 'deaths' && place.kind !== 'deaths')
    out.push(problem(entry, 'only a deaths place has a deaths timeline'))
  return [...out, ...checkDeaths(entry, factById), ...checkPeriods(entry)]
}
