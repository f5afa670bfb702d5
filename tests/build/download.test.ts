/**
 * The public download (dist/data/places.geojson) is valid GeoJSON: an external validator
 * (@placemarkio/check-geojson) finds no issue, every polygon passes Turf's booleanValid (OGC
 * validity: the state of emergency and the curfew's regions are dissolved, not parts that share
 * borders), and the curfew provinces are their province shapes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { getIssues } from '@placemarkio/check-geojson'
import { booleanValid } from '@turf/turf'
import type { Feature, FeatureCollection } from 'geojson'
import { beforeAll, describe, expect, it } from 'vitest'
import { DIST, requireBuild } from './dist.ts'

let text = ''
let collection: FeatureCollection
const byId = (id: string) => collection.features.find((f) => f.id === id) as Feature

describe('the data download', () => {
  beforeAll(() => {
    requireBuild()
    text = readFileSync(join(DIST, 'data/places.geojson'), 'utf8')
    collection = JSON.parse(text) as FeatureCollection
  })

  it('has no issue for an external GeoJSON validator', () => {
    expect(getIssues(text)).toEqual([])
  })

  it('has only valid polygons, the state of emergency and the curfew regions dissolved', () => {
    const polygons = collection.features.filter((f) => f.geometry.type !== 'Point')
    expect(polygons.length).toBeGreaterThanOrEqual(19) // 16 provinces, the south, two region sets
    for (const f of polygons) expect(booleanValid(f), String(f.id)).toBe(true)
    // Dissolved: the 26 regions (27 parts) become the mainland and one island; the curfew's 8
    // regions the southern block and La Libertad.
    const parts = (id: string) => {
      const g = byId(id).geometry
      return g.type === 'MultiPolygon' ? g.coordinates.length : 1
    }
    expect(parts('peru-state-of-emergency')).toBe(2)
    expect(parts('curfew-regions')).toBe(2)
  })

  it('gives each curfew province its province shape and its dated timeline', () => {
    const viru = byId('curfew-viru')
    expect(viru.geometry.type).toBe('Polygon')
    expect(viru.properties?.timeline).toEqual({
      kind: 'in-force',
      periods: [{ from: '2022-12-16', to: '2022-12-18' }],
    })
  })
})
