import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import { regions } from './load.ts'

const codes = new Set(regions.features.map((feature) => String(feature.id)))

function usedCodes(): string[] {
  const used: string[] = []
  for (const place of dataset.places) {
    if (place.region) used.push(place.region)
    if (place.geometry.type === 'regions') used.push(...place.geometry.regions)
  }
  for (const quote of dataset.quotes) used.push(...quote.regions)
  for (const zone of dataset.zones) if (zone.kind === 'union') used.push(...zone.regions)
  for (const ref of dataset.references) if (ref.status === 'mapped') used.push(...ref.regions)
  used.push(...dataset.runoff.rows.map((row) => row.region))
  return used
}

describe('region codes', () => {
  it('are the 26 shipped regions', () => {
    expect(codes.size).toBe(26)
  })

  it('used anywhere in data/ all exist in geo/peru-regions.json', () => {
    expect(usedCodes().filter((code) => !codes.has(code))).toEqual([])
  })

  it('of the state of emergency cover the whole country', () => {
    const place = dataset.places.find((p) => p.id === 'peru-state-of-emergency')
    expect(place?.geometry.type === 'regions' && [...place.geometry.regions].sort()).toEqual(
      [...codes].sort(),
    )
  })

  it('have a run-off share each, Lima Metropolitana and the Lima region apart', () => {
    const rows = new Map(dataset.runoff.rows.map((row) => [row.region, row.castillo_pct]))
    expect([...rows.keys()].sort()).toEqual([...codes].sort())
    expect(rows.get('PE-LMA')).not.toBe(rows.get('PE-LIM'))
  })
})
