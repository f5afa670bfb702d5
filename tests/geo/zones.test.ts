/**
 * Invariants of geo/zones.json against its input data/zones.json and the shipped regions: one
 * valid feature per record, unions that add up, circles of the stated radius.
 */
import { area, booleanValid } from '@turf/turf'
import { describe, expect, it } from 'vitest'
import type { Zone } from '../../data/types.ts'
import { polygonsOf, readCollection, readText } from './read.ts'

const zones = readCollection<{ id: string; kind: Zone['kind'] }>('geo/zones.json')
const records = JSON.parse(readText('data/zones.json')) as Zone[]
const regions = readCollection<{ iso: string }>('geo/peru-regions.json')
const regionArea = new Map(regions.features.map((f) => [f.properties.iso, area(f)]))
const zoneById = new Map(zones.features.map((f) => [f.id, f]))

describe('geo/zones.json', () => {
  it('has one feature per record of data/zones.json, sorted, with its id and kind', () => {
    expect(zones.features.map((f) => f.id)).toEqual(records.map((r) => r.id).sort())
    for (const record of records) {
      expect(zoneById.get(record.id)?.properties).toEqual({ id: record.id, kind: record.kind })
    }
  })

  it('makes the south one valid polygon whose area is the sum of its regions’ within 0.5%', () => {
    const record = records.find((r) => r.id === 'macrorregion-sur')
    const south = zoneById.get('macrorregion-sur')
    if (!south || record?.kind !== 'union') throw new Error('no union zone macrorregion-sur')
    expect(south.geometry.type).toMatch(/^(Multi)?Polygon$/)
    expect(booleanValid(south)).toBe(true)
    // Its regions touch, so they dissolve into one ring: no part apart, no sliver left as a hole.
    expect(polygonsOf(south.geometry).map((rings) => rings.length)).toEqual([1])
    const sum = record.regions.reduce((total, iso) => total + (regionArea.get(iso) ?? NaN), 0)
    console.log(
      `south: ${(area(south) / 1e6).toFixed(0)} km², regions ${(sum / 1e6).toFixed(0)} km²`,
    )
    expect(Math.abs(area(south) / sum - 1)).toBeLessThan(0.005)
  })

  it('dissolves every union zone into a valid shape of its regions’ total area (±0.5%)', () => {
    for (const record of records) {
      if (record.kind !== 'union') continue
      const zone = zoneById.get(record.id)
      if (!zone) throw new Error(`no zone ${record.id}`)
      expect(booleanValid(zone), record.id).toBe(true)
      const sum = record.regions.reduce((total, iso) => total + (regionArea.get(iso) ?? NaN), 0)
      expect(Math.abs(area(zone) / sum - 1), record.id).toBeLessThan(0.005)
    }
  })

  it('draws every buffer zone as a valid 64-step circle of its radius (area ±1%)', () => {
    for (const record of records) {
      if (record.kind !== 'buffer') continue
      const zone = zoneById.get(record.id)
      if (!zone) throw new Error(`no zone ${record.id}`)
      expect(booleanValid(zone), record.id).toBe(true)
      expect(zone.geometry.type).toBe('Polygon')
      const ring = polygonsOf(zone.geometry)[0]?.[0] ?? []
      expect(ring.length).toBe(65) // 64 steps plus the closing position
      const circle = Math.PI * (record.radius_km * 1000) ** 2
      expect(Math.abs(area(zone) / circle - 1), record.id).toBeLessThan(0.01)
    }
  })
})
