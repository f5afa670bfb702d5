import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Place } from '../../data/types.ts'
import { isShownAt, MAIN_DAYS, nextDay, timelineDays } from '../../src/model/timeline.ts'
import { DATE_MAX, DATE_MIN } from '../../src/state/url.ts'

const placesDir = new URL('../../data/places/', import.meta.url)
const places: Place[] = readdirSync(placesDir)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => JSON.parse(readFileSync(new URL(name, placesDir), 'utf8')) as Place[])
const byId = new Map(places.map((place) => [place.id, place]))
const allDates = places.flatMap((place) => place.dates)

function place(id: string): Place {
  const found = byId.get(id)
  if (!found) throw new Error(`no place ${id} in data/places`)
  return found
}

function shownIds(date: string | null): Set<string> {
  return new Set(places.filter((p) => isShownAt(p.dates, date)).map((p) => p.id))
}

describe('MAIN_DAYS', () => {
  it('is the ten days from Castillo’s arrest (7 Dec 2022) to the article’s date (16 Dec)', () => {
    expect(MAIN_DAYS).toHaveLength(10)
    expect(MAIN_DAYS[0]).toBe('2022-12-07')
    expect(MAIN_DAYS.at(-1)).toBe('2022-12-16')
  })

  it('is consecutive calendar days, each one a date the link can carry', () => {
    for (const [i, day] of MAIN_DAYS.entries()) {
      expect(day >= DATE_MIN && day <= DATE_MAX).toBe(true)
      const next = new Date(Date.UTC(2022, 11, 7 + i)).toISOString().slice(0, 10)
      expect(day).toBe(next)
    }
  })
})

describe('timelineDays', () => {
  it('gives the later dates of the real data, sorted and distinct, after the main days', () => {
    const { main, later } = timelineDays(allDates)
    expect(main).toEqual([...MAIN_DAYS])
    expect(later).toEqual(['2022-12-17', '2022-12-18', '2022-12-19', '2022-12-21'])
  })

  it('includes the Huamanga deaths of 17 and 21 December and the Huamanga curfew of 18 December', () => {
    const { later } = timelineDays(allDates)
    for (const id of ['deaths-huamanga-2022-12-17', 'deaths-huamanga-2022-12-21']) {
      expect(later).toContain(place(id).dates.at(-1))
    }
    expect(later).toContain(place('curfew-huamanga').dates[0])
  })

  it('gives dates before 7 December (the 2019 events abroad) no day of their own', () => {
    const { main, later } = timelineDays(allDates)
    expect(allDates).toContain('2019-11-15')
    expect([...main, ...later].every((day) => day >= '2022-12-07')).toBe(true)
  })

  it('leaves out dates the link cannot carry, after DATE_MAX', () => {
    expect(timelineDays(['2022-12-20', '2023-02-01', '2022-12-20']).later).toEqual(['2022-12-20'])
  })

  it('gives no later days when no date is after 16 December', () => {
    expect(timelineDays(['2022-12-16', '2022-12-01']).later).toEqual([])
    expect(timelineDays([]).later).toEqual([])
  })

  it('returns fresh arrays, so a caller cannot change MAIN_DAYS', () => {
    const days = timelineDays([])
    days.main.pop()
    expect(MAIN_DAYS).toHaveLength(10)
    expect(Object.isFrozen(MAIN_DAYS)).toBe(true)
  })
})

describe('isShownAt', () => {
  it('shows the Andahuaylas deaths of 11 December on the 11th but not the Huamanga deaths of the 15th', () => {
    const shown = shownIds('2022-12-11')
    expect(shown.has('deaths-andahuaylas-airport-2022-12-11')).toBe(true)
    expect(shown.has('deaths-huamanga-2022-12-15')).toBe(false)
  })

  it('shows a place from its first date on, even when later dates follow', () => {
    const huamanga21 = place('deaths-huamanga-2022-12-21').dates // ['2022-12-15', '2022-12-21']
    expect(isShownAt(huamanga21, '2022-12-14')).toBe(false)
    expect(isShownAt(huamanga21, '2022-12-15')).toBe(true)
    expect(isShownAt(huamanga21, '2022-12-16')).toBe(true)
  })

  it('shows the Huamanga curfew only from 18 December', () => {
    const dates = place('curfew-huamanga').dates
    expect(isShownAt(dates, '2022-12-17')).toBe(false)
    expect(isShownAt(dates, '2022-12-18')).toBe(true)
  })

  it('always shows undated places, such as the mines', () => {
    const undated = places.filter((p) => p.dates.length === 0)
    expect(undated.map((p) => p.id)).toContain('las-bambas')
    for (const p of undated) expect(isShownAt(p.dates, '2022-12-07')).toBe(true)
  })

  it('shows places dated before 7 December from the strip’s first day', () => {
    expect(shownIds('2022-12-07').has('sacaba')).toBe(true)
  })

  it('shows everything when no date is chosen', () => {
    expect(shownIds(null).size).toBe(places.length)
  })

  it('shows more places on each day than the day before, never fewer', () => {
    const { main, later } = timelineDays(allDates)
    let previous = shownIds(MAIN_DAYS[0] ?? null)
    for (const day of [...main, ...later]) {
      const shown = shownIds(day)
      for (const id of previous) expect(shown.has(id)).toBe(true)
      previous = shown
    }
    expect(previous.size).toBe(places.length)
  })

  it('shows on 7 December only the arrest’s sites, the undated places and the 2019 events', () => {
    const dated = places.filter((p) => p.dates.length > 0 && isShownAt(p.dates, '2022-12-07'))
    expect(dated.map((p) => p.id).sort()).toEqual([
      'congress',
      'diroes-ate',
      'government-palace',
      'mexican-embassy',
      'plaza-baquedano',
      'sacaba',
      'senkata',
    ])
  })
})

describe('nextDay', () => {
  const days = ['2022-12-07', '2022-12-08', '2022-12-16', '2022-12-17']

  it('starts at the first day when no date is chosen', () => {
    expect(nextDay(days, null)).toBe('2022-12-07')
  })

  it('steps to the following day, across the gap to the later days', () => {
    expect(nextDay(days, '2022-12-07')).toBe('2022-12-08')
    expect(nextDay(days, '2022-12-16')).toBe('2022-12-17')
  })

  it('gives null, meaning all dates, after the last day', () => {
    expect(nextDay(days, '2022-12-17')).toBeNull()
    expect(nextDay(days, '2023-01-31')).toBeNull()
  })

  it('steps from a date that is not a day of the strip to the next one that is', () => {
    expect(nextDay(days, '2022-12-01')).toBe('2022-12-07')
    expect(nextDay(days, '2022-12-10')).toBe('2022-12-16')
  })

  it('gives null for an empty strip', () => {
    expect(nextDay([], null)).toBeNull()
  })

  it('walks the real strip in order, visiting every day once', () => {
    const { main, later } = timelineDays(allDates)
    const strip = [...main, ...later]
    const visited: string[] = []
    for (let day = nextDay(strip, null); day !== null; day = nextDay(strip, day)) visited.push(day)
    expect(visited).toEqual(strip)
  })
})
