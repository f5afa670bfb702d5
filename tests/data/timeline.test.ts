/**
 * No place is on the map before its event. Checked against what the records themselves say, not
 * against `timeline` alone: a deaths place whose id carries a date (deaths-huamanga-2022-12-17) is
 * not shown before that date, nor before the day of death its facts write out; any other place not
 * before its first date. And check/timeline.ts refuses broken dates, naming the record.
 */
import { describe, expect, it } from 'vitest'
import { englishDate } from '../../data/check/timeline.ts'
import { dataset } from '../../data/index.ts'
import type { DatasetFiles } from '../../data/validate.ts'
import { validateDataset } from '../../data/validate.ts'
import { isPlaceShownAt } from '../../src/model/timeline.ts'
import { articleText, fresh, regions } from './load.ts'

// biome-ignore lint/suspicious/noExplicitAny: a test reaches into the parsed JSON to break it
type Loose = any

const DAYS = Array.from({ length: 25 }, (_, i) => `2022-12-${String(7 + i).padStart(2, '0')}`)
const ID_DATE = /(\d{4}-\d{2}-\d{2})$/

/** The earliest day of death that a deaths place's facts write out ("17 December 2022"). */
function firstDeathInFacts(factIds: readonly string[]): string | null {
  const texts = factIds
    .filter((id) => id.startsWith('death-'))
    .map((id) => dataset.facts.find((f) => f.id === id)?.text.en ?? '')
  const days = DAYS.filter((day) =>
    texts.some((text) =>
      new RegExp(`(died|killed|run over|death)[^.]*${englishDate(day)}`).test(text),
    ),
  )
  return days[0] ?? null
}

describe('no place shows before its event', () => {
  it('a deaths place shows neither before the date in its id nor before a death its facts date', () => {
    for (const place of dataset.places.filter((p) => p.kind === 'deaths')) {
      const idDate = ID_DATE.exec(place.id)?.[1] ?? null
      const factDate = firstDeathInFacts(place.facts)
      expect(factDate, `${place.id}: no fact says when someone died`).not.toBeNull()
      for (const day of DAYS.filter((d) => isPlaceShownAt(place, d))) {
        if (idDate) expect(day >= idDate, `${place.id} shown on ${day}`).toBe(true)
        expect(day >= (factDate as string), `${place.id} shown on ${day}`).toBe(true)
      }
    }
  })

  it('any other place shows no day before its first date', () => {
    for (const place of dataset.places.filter((p) => p.kind !== 'deaths' && p.dates.length > 0)) {
      for (const day of DAYS.filter((d) => isPlaceShownAt(place, d)))
        expect(day >= (place.dates[0] as string), `${place.id} shown on ${day}`).toBe(true)
    }
  })
})

describe('check/timeline refuses broken dates, naming the record', () => {
  function problemsAfter(breakIt: (files: Loose) => void): string[] {
    const files = fresh() as Loose
    breakIt(files)
    return validateDataset(files as DatasetFiles, articleText, regions)
  }
  const find = (files: Loose, layer: string, id: string) =>
    files.places[layer].find((p: Loose) => p.id === id)

  it('a day of death the fact does not write out', () => {
    const problems = problemsAfter((f) => {
      find(f, 'deaths', 'deaths-chala').timeline.people[0].died = '2022-12-18'
    })
    expect(problems.join('\n')).toContain(
      'data/places/deaths.json: place "deaths-chala": person "death-chala" died 2022-12-18, but the fact does not say so',
    )
  })

  it('a person left out of the timeline', () => {
    const problems = problemsAfter((f) => {
      find(f, 'deaths', 'deaths-pichanaqui-2022-12-16').timeline.people.pop()
    })
    expect(problems.join('\n')).toMatch(
      /place "deaths-pichanaqui-2022-12-16": timeline.people must list "death-barra-leiva" exactly once/,
    )
  })

  it('a curfew period that ends before it starts, and a curfew with no timeline', () => {
    const problems = problemsAfter((f) => {
      find(f, 'curfew', 'curfew-viru').timeline.periods[0].to = '2022-12-15'
      find(f, 'curfew', 'curfew-ica').timeline = null
    })
    const text = problems.join('\n')
    expect(text).toContain(
      'place "curfew-viru": period 2022-12-16–2022-12-15 ends before it starts',
    )
    expect(text).toContain('place "curfew-ica": a curfew place needs a timeline of kind "in-force"')
  })

  it('an injury after the death', () => {
    const problems = problemsAfter((f) => {
      find(f, 'deaths', 'deaths-andahuaylas-2022-12-14').timeline.people[0].injured = '2022-12-20'
    })
    expect(problems.join('\n')).toContain('person "death-rojas-vasquez" died before being injured')
  })
})
