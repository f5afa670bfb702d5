/**
 * The adjacency graph behind the arrow keys (geo/adjacency.json, derived by geo/adjacency.mjs
 * from the regions' shared borders): symmetric, every region with a neighbour, bearings that
 * agree both ways, and the neighbour an arrow key picks.
 */
import { describe, expect, it } from 'vitest'
import adjacencyJson from '../../geo/adjacency.json' with { type: 'json' }
import regionsJson from '../../geo/peru-regions.json' with { type: 'json' }
import {
  type Adjacency,
  ARROW_BEARINGS,
  angleBetween,
  neighbourToward,
} from '../../src/model/neighbours.ts'

const adjacency = adjacencyJson as Adjacency
const isos = regionsJson.features.map((f) => f.properties.iso).sort()

describe('the regions’ adjacency graph', () => {
  it('lists every region, each with at least one neighbour among the regions', () => {
    expect(Object.keys(adjacency).sort()).toEqual(isos)
    for (const iso of isos) {
      const list = adjacency[iso] ?? []
      expect(list.length, iso).toBeGreaterThan(0)
      for (const n of list) expect(isos, `${iso} → ${n.iso}`).toContain(n.iso)
    }
  })

  it('is symmetric, with opposite bearings both ways', () => {
    for (const [iso, list] of Object.entries(adjacency)) {
      for (const n of list) {
        const back = adjacency[n.iso]?.find((m) => m.iso === iso)
        expect(back, `${n.iso} → ${iso}`).toBeDefined()
        expect(
          angleBetween(n.bearing, (back?.bearing ?? 0) + 180),
          `${iso}–${n.iso}`,
        ).toBeLessThanOrEqual(1)
      }
    }
  })

  it('knows the borders of Ayacucho, Callao and Tumbes', () => {
    const ids = (iso: string) => (adjacency[iso] ?? []).map((n) => n.iso)
    expect(ids('PE-AYA')).toEqual(['PE-APU', 'PE-ARE', 'PE-CUS', 'PE-HUV', 'PE-ICA', 'PE-JUN'])
    expect(ids('PE-CAL')).toEqual(['PE-LMA'])
    expect(ids('PE-TUM')).toEqual(['PE-PIU'])
  })
})

describe('the neighbour an arrow key picks', () => {
  it('goes east from Ayacucho to Apurímac or Cusco, west to Ica, north to Junín', () => {
    expect(['PE-APU', 'PE-CUS']).toContain(
      neighbourToward(adjacency, 'PE-AYA', ARROW_BEARINGS.ArrowRight ?? -1),
    )
    expect(neighbourToward(adjacency, 'PE-AYA', ARROW_BEARINGS.ArrowLeft ?? -1)).toBe('PE-ICA')
    expect(['PE-JUN', 'PE-HUV']).toContain(
      neighbourToward(adjacency, 'PE-AYA', ARROW_BEARINGS.ArrowUp ?? -1),
    )
  })

  it('gives nothing where no neighbour lies that way', () => {
    expect(neighbourToward(adjacency, 'PE-TUM', ARROW_BEARINGS.ArrowUp ?? -1)).toBeNull()
    expect(neighbourToward(adjacency, 'PE-XXX', 0)).toBeNull()
  })

  it('always picks a neighbour less than 90° off the key’s direction', () => {
    for (const iso of isos) {
      for (const direction of Object.values(ARROW_BEARINGS)) {
        const next = neighbourToward(adjacency, iso, direction)
        if (next === null) continue
        const bearing = adjacency[iso]?.find((n) => n.iso === next)?.bearing ?? -999
        expect(angleBetween(bearing, direction)).toBeLessThan(90)
      }
    }
  })
})
