/**
 * Invariants of geo/basemap.json: Peru's five neighbours (plus Peru's outline) clipped to a
 * window around Peru, valid, small, and meeting the regions without overlapping them.
 */
import {
  area,
  bbox,
  booleanPointInPolygon,
  booleanValid,
  featureCollection,
  intersect,
  polygon,
  union,
} from '@turf/turf'
import type { Feature } from 'geojson'
import { describe, expect, it } from 'vitest'
import { polygonsOf, readCollection, readText, type Shape } from './read.ts'

interface CountryProps {
  iso_a2: string
  name_es: string
  name_en: string
  label_lat: number
  label_lng: number
}

const BASEMAP_PATH = 'geo/basemap.json'
const SIZE_LIMIT = 60_000 // bytes, raw
const WINDOW = { west: -85, south: -20.5, east: -63, north: 2.5 } // degrees, as geo/basemap.mjs
const NAMES = {
  EC: ['Ecuador', 'Ecuador'],
  CO: ['Colombia', 'Colombia'],
  BR: ['Brasil', 'Brazil'],
  BO: ['Bolivia', 'Bolivia'],
  CL: ['Chile', 'Chile'],
  PE: ['Perú', 'Peru'],
}

const basemap = readCollection<CountryProps>(BASEMAP_PATH)
const regions = readCollection<{ iso: string }>('geo/peru-regions.json')

describe('geo/basemap.json', () => {
  it('has the five neighbours and Peru, with Spanish and English names', () => {
    const found = Object.fromEntries(
      basemap.features.map((f) => [
        f.properties.iso_a2,
        [f.properties.name_es, f.properties.name_en],
      ]),
    )
    expect(found).toEqual(NAMES)
    for (const f of basemap.features) {
      expect(f.id).toBe(f.properties.iso_a2)
      expect(Object.keys(f.properties)).toEqual([
        'iso_a2',
        'name_es',
        'name_en',
        'label_lat',
        'label_lng',
      ])
    }
  })

  it('keeps every geometry valid, with no ring under 4 positions', () => {
    for (const f of basemap.features) {
      expect(booleanValid(f), String(f.id)).toBe(true)
      for (const ring of polygonsOf(f.geometry).flat())
        expect(ring.length).toBeGreaterThanOrEqual(4)
    }
  })

  it('stays within the window around Peru, labels included', () => {
    for (const f of basemap.features) {
      const [west = 0, south = 0, east = 0, north = 0] = bbox(f)
      expect(west).toBeGreaterThanOrEqual(WINDOW.west)
      expect(south).toBeGreaterThanOrEqual(WINDOW.south)
      expect(east).toBeLessThanOrEqual(WINDOW.east)
      expect(north).toBeLessThanOrEqual(WINDOW.north)
      const { label_lat, label_lng } = f.properties
      expect(booleanPointInPolygon([label_lng, label_lat], f), String(f.id)).toBe(true)
    }
  })

  it('meets the regions without overlapping them (under 1 km² per neighbour)', () => {
    const peru = union(featureCollection(regions.features)) as Feature<Shape>
    for (const f of basemap.features.filter((f) => f.id !== 'PE')) {
      const shared = intersect(featureCollection([f, peru]))
      const km2 = shared ? area(shared) / 1e6 : 0
      expect(km2, String(f.id)).toBeLessThan(1)
    }
  })

  it('leaves no gap over 1 km² between the neighbours and Peru', () => {
    const land = union(featureCollection(basemap.features)) as Feature<Shape>
    const holes = polygonsOf(land.geometry).flatMap((rings) => rings.slice(1))
    const largest = Math.max(0, ...holes.map((ring) => area(polygon([ring])) / 1e6))
    console.log(`largest gap in the basemap: ${largest.toFixed(2)} km² (${holes.length} holes)`)
    expect(largest).toBeLessThan(1)
  })

  it('stays under 60 KB raw', () => {
    const bytes = Buffer.byteLength(readText(BASEMAP_PATH))
    console.log(`${BASEMAP_PATH}: ${bytes} bytes raw (limit ${SIZE_LIMIT})`)
    expect(bytes).toBeLessThan(SIZE_LIMIT)
  })
})
