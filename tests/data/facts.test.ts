import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'

const sourceIds = new Set(dataset.sources.map((source) => source.id))
const factById = new Map(dataset.facts.map((fact) => [fact.id, fact]))

describe('facts', () => {
  it('every one has at least one existing source', () => {
    const bad = dataset.facts.filter(
      (fact) => fact.sources.length === 0 || fact.sources.some((id) => !sourceIds.has(id)),
    )
    expect(bad.map((fact) => fact.id)).toEqual([])
  })

  it('every source is cited, and gives an https address or none', () => {
    const cited = new Set([...dataset.facts.flatMap((f) => f.sources), ...dataset.runoff.sources])
    expect(dataset.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([])
    expect(dataset.sources.filter((s) => s.url !== null && !s.url.startsWith('https://'))).toEqual(
      [],
    )
  })

  it('every place carries facts, and every point its sourced map location', () => {
    for (const place of dataset.places) {
      expect(place.facts.length, place.id).toBeGreaterThan(0)
      if (place.geometry.type === 'point')
        expect(place.facts, place.id).toContain(`loc-${place.id}`)
    }
  })

  it('the death counts cite their sources with as-of dates', () => {
    const deaths = dataset.layers.find((layer) => layer.id === 'deaths')
    const counts = (deaths?.facts ?? []).map((id) => factById.get(id))
    expect(counts.length).toBeGreaterThanOrEqual(5)
    for (const fact of counts) {
      expect(fact, 'a count fact is missing').toBeDefined()
      expect(fact?.sources.length, fact?.id).toBeGreaterThan(0)
      expect(fact?.asOf, `${fact?.id} needs an as-of date`).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    const asOf = new Set(counts.map((fact) => fact?.asOf))
    for (const date of ['2022-12-16', '2022-12-19', '2022-12-24'])
      expect(asOf.has(date), date).toBe(true)
  })

  it('the article’s own “at least 21” is kept apart from the other counts', () => {
    const article = factById.get('count-wsws-2022-12-16')
    expect(article?.sources).toEqual(['wsws-2022-12-16'])
    expect(article?.text.en).toContain('at least 21')
  })
})
