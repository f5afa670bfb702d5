/**
 * The close-up detail as the map reads it (src/model/detail.ts): waters to draw, names with the
 * zoom they start at, and the names shown at a zoom, on the shipped geo/detail.json.
 */
import { describe, expect, it } from 'vitest'
import detailJson from '../../geo/detail.json' with { type: 'json' }
import { type DetailCollection, indexDetail, labelsAt } from '../../src/model/detail.ts'

const detail = indexDetail(detailJson as unknown as DetailCollection)

describe('indexDetail', () => {
  it('keeps rivers and lakes to draw, and no town among them', () => {
    const kinds = new Set(detail.waters.features.map((f) => f.properties.kind))
    expect([...kinds].sort()).toEqual(['lake', 'river'])
  })

  it('names Lake Titicaca in both languages at its label point', () => {
    const lake = detail.labels.find((l) => l.kind === 'lake')
    expect(lake?.name).toEqual({ es: 'Lago Titicaca', en: 'Lake Titicaca' })
    expect(lake?.anchor[0]).toBeCloseTo(-15.7, 0)
    expect(lake?.anchor[1]).toBeCloseTo(-69.5, 0)
  })

  it('gives Juliaca a [lat, lng] anchor and marks departments’ capitals', () => {
    const juliaca = detail.labels.find((l) => l.id === '2111')
    expect(juliaca).toMatchObject({ kind: 'town', name: { es: 'Juliaca', en: 'Juliaca' } })
    expect(juliaca?.anchor).toEqual([-15.494, -70.1358])
    expect(detail.labels.find((l) => l.id === '2101')?.kind).toBe('capital')
  })
})

describe('labelsAt', () => {
  it('shows more names the closer the zoom, and each from its own zoom on', () => {
    const counts = [5, 6, 7, 8, 9, 10].map((z) => labelsAt(detail.labels, z).length)
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    expect(counts[0]).toBeLessThan(counts[5] ?? 0)
    for (const l of labelsAt(detail.labels, 7)) expect(l.minZoom).toBeLessThanOrEqual(7)
  })
})
