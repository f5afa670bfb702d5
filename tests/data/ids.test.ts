import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
const kinds = {
  sources: dataset.sources.map((s) => s.id),
  facts: dataset.facts.map((f) => f.id),
  quotes: dataset.quotes.map((q) => q.id),
  places: dataset.places.map((p) => p.id),
  zones: dataset.zones.map((z) => z.id),
}

describe('ids', () => {
  for (const [kind, ids] of Object.entries(kinds)) {
    it(`of ${kind} are ASCII slugs`, () => {
      expect(ids.filter((id) => !SLUG.test(id))).toEqual([])
    })
    it(`of ${kind} are unique`, () => {
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
    })
  }

  it('of places follow the brief’s stable names', () => {
    const ids = new Set(kinds.places)
    for (const id of [
      'mexican-embassy',
      'congress',
      'government-palace',
      'diroes-ate',
      'lima-march-2022-12-15',
      'ayacucho-huamanga',
      'peru-state-of-emergency',
      'antamina',
      'cerro-verde',
      'airport-andahuaylas',
      'curfew-viru',
      'macrorregion-sur',
    ])
      expect(ids.has(id), id).toBe(true)
  })
})
