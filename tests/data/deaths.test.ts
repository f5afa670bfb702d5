import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'

const deathFacts = dataset.facts.filter((fact) => fact.id.startsWith('death-'))
const INITIALS = /^(?:[A-ZÁÉÍÓÚÑ]\.){2,}$/
const WITHHELD = /^(Name withheld \(a minor\)|Nombre reservado \(menor de edad\))$/

function person(text: string, pattern: RegExp): { name: string; age: number } | null {
  const match = pattern.exec(text)
  return match ? { name: (match[1] ?? '').trim(), age: Number(match[2]) } : null
}

describe('deaths', () => {
  it('name no minor in full: a fact whose age is under 18 gives initials only', () => {
    const minors = deathFacts.flatMap((fact) =>
      [person(fact.text.en, /^([^,]+), (\d+)\b/), person(fact.text.es, /^([^,]+), (\d+) años\b/)]
        .filter((p) => p !== null && p.age < 18)
        .map((p) => ({ id: fact.id, name: p?.name ?? '' })),
    )
    expect(minors.length).toBeGreaterThanOrEqual(4)
    const named = minors.filter((m) => !INITIALS.test(m.name) && !WITHHELD.test(m.name))
    expect(named).toEqual([])
  })

  it('every person killed is a fact on a deaths place', () => {
    const onPlaces = new Set(
      dataset.places.filter((p) => p.layer === 'deaths').flatMap((p) => p.facts),
    )
    expect(deathFacts.filter((fact) => !onPlaces.has(fact.id)).map((f) => f.id)).toEqual([])
  })

  it('deaths places are one per place and date, dated, in Peru and approximate', () => {
    for (const place of dataset.places.filter((p) => p.layer === 'deaths')) {
      expect(place.kind, place.id).toBe('deaths')
      expect(place.dates.length, place.id).toBeGreaterThan(0)
      expect(place.region, place.id).not.toBeNull()
      expect(place.approximate, place.id).not.toBeNull()
    }
  })

  it('keep later deaths (17 and 21 December) with their real dates', () => {
    const dates = dataset.places.filter((p) => p.layer === 'deaths').flatMap((p) => p.dates)
    expect(dates).toContain('2022-12-17')
    expect(dates).toContain('2022-12-21')
  })

  it('say when a death is linked to a blockade rather than a clash', () => {
    for (const id of ['death-cardenas-escobal', 'death-quispe-ccallo']) {
      const fact = dataset.facts.find((f) => f.id === id)
      expect(fact?.text.en, id).toMatch(/blockade/)
      expect(fact?.text.es, id).toMatch(/bloqueo/)
    }
  })
})
