/**
 * Invariants of geo/basemap.json: every country a screen can show around Peru, clipped to a
 * window that covers the whole pannable area, valid, small, named, and meeting the regions
 * without overlapping them.
 */
import { gzipSync } from 'node:zlib'
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
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../src/map/constants.ts'
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
const WINDOW = { west: -160, south: -54, east: 12, north: 34 } // degrees, as geo/basemap.mjs
const SCREEN = { width: 1920, height: 1080 } // px: the largest screen the window is made for
const TILE = 256 // px: the world's width at zoom 0
// The window the basemap had before it was widened: the neighbours keep their detail there.
const NEAR_PERU = { west: -85, south: -20.5, east: -63, north: 2.5 } // degrees
const NEAR_VERTICES = 850 // 859 now; 903 before the widening, when arcs ended at its edges
const LABEL_RADIUS = 12 // degrees from Peru's centre, as geo/basemap.mjs
const NEIGHBOURS = ['BO', 'BR', 'CL', 'CO', 'EC']
const NAMES = {
  AO: ['Angola', 'Angola'],
  AR: ['Argentina', 'Argentina'],
  BF: ['Burkina Faso', 'Burkina Faso'],
  BJ: ['Benín', 'Benin'],
  BO: ['Bolivia', 'Bolivia'],
  BR: ['Brasil', 'Brazil'],
  BS: ['Bahamas', 'Bahamas'],
  BZ: ['Belice', 'Belize'],
  CG: ['República del Congo', 'Republic of the Congo'],
  CI: ['Costa de Marfil', 'Côte d’Ivoire'],
  CL: ['Chile', 'Chile'],
  CM: ['Camerún', 'Cameroon'],
  CO: ['Colombia', 'Colombia'],
  CR: ['Costa Rica', 'Costa Rica'],
  CU: ['Cuba', 'Cuba'],
  DO: ['República Dominicana', 'Dominican Republic'],
  DZ: ['Argelia', 'Algeria'],
  EC: ['Ecuador', 'Ecuador'],
  EH: ['Sáhara Occidental', 'Western Sahara'],
  FK: ['Islas Malvinas', 'Falkland Islands'],
  GA: ['Gabón', 'Gabon'],
  GF: ['Guayana Francesa', 'French Guiana'],
  GH: ['Ghana', 'Ghana'],
  GM: ['Gambia', 'Gambia'],
  GN: ['Guinea', 'Guinea'],
  GQ: ['Guinea Ecuatorial', 'Equatorial Guinea'],
  GT: ['Guatemala', 'Guatemala'],
  GW: ['Guinea-Bisáu', 'Guinea-Bissau'],
  GY: ['Guyana', 'Guyana'],
  HN: ['Honduras', 'Honduras'],
  HT: ['Haití', 'Haiti'],
  JM: ['Jamaica', 'Jamaica'],
  LR: ['Liberia', 'Liberia'],
  LY: ['Libia', 'Libya'],
  MA: ['Marruecos', 'Morocco'],
  ML: ['Malí', 'Mali'],
  MR: ['Mauritania', 'Mauritania'],
  MX: ['México', 'Mexico'],
  NE: ['Níger', 'Niger'],
  NG: ['Nigeria', 'Nigeria'],
  NI: ['Nicaragua', 'Nicaragua'],
  PA: ['Panamá', 'Panama'],
  PE: ['Perú', 'Peru'],
  PR: ['Puerto Rico', 'Puerto Rico'],
  PY: ['Paraguay', 'Paraguay'],
  SL: ['Sierra Leona', 'Sierra Leone'],
  SN: ['Senegal', 'Senegal'],
  SR: ['Surinam', 'Suriname'],
  SV: ['El Salvador', 'El Salvador'],
  TG: ['Togo', 'Togo'],
  TN: ['Túnez', 'Tunisia'],
  TT: ['Trinidad y Tobago', 'Trinidad and Tobago'],
  US: ['Estados Unidos', 'United States'],
  UY: ['Uruguay', 'Uruguay'],
  VE: ['Venezuela', 'Venezuela'],
}

const basemap = readCollection<CountryProps>(BASEMAP_PATH)
const regions = readCollection<{ iso: string }>('geo/peru-regions.json')

/** Web Mercator pixel of a longitude or latitude at a zoom. */
const xOf = (lng: number, zoom: number) => ((lng + 180) / 360) * TILE * 2 ** zoom
const yOf = (lat: number, zoom: number) =>
  (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)) * TILE * 2 ** zoom
const lngOf = (x: number, zoom: number) => (x / (TILE * 2 ** zoom)) * 360 - 180
const latOf = (y: number, zoom: number) =>
  (360 / Math.PI) * Math.atan(Math.exp((0.5 - y / (TILE * 2 ** zoom)) * 2 * Math.PI)) - 90

/**
 * The pixels a view of `view` px can show along one axis inside maxBounds [min, max]: Leaflet
 * keeps the view inside, or centres it when it is the larger (Map._limitCenter, _rebound).
 */
function reach(min: number, max: number, view: number): [number, number] {
  if (max - min >= view) return [min, max]
  const centre = (min + max) / 2
  return [centre - view / 2, centre + view / 2]
}

// The overlap checks (Turf over every country) took up to 2.6 s on a loaded 2-core machine.
describe('geo/basemap.json', { timeout: 30_000 }, () => {
  it('names every country in the window in Spanish and English, Peru and its neighbours too', () => {
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

  it('covers all a 1920×1080 screen can show at any zoom within MAX_BOUNDS', () => {
    const [[south, west], [north, east]] = MAX_BOUNDS
    for (let zoom = MIN_ZOOM; zoom <= MAX_ZOOM; zoom++) {
      const [left, right] = reach(xOf(west, zoom), xOf(east, zoom), SCREEN.width)
      const [top, bottom] = reach(yOf(north, zoom), yOf(south, zoom), SCREEN.height)
      const shown = [lngOf(left, zoom), latOf(bottom, zoom), lngOf(right, zoom), latOf(top, zoom)]
      expect(shown[0], `west at zoom ${zoom}`).toBeGreaterThanOrEqual(WINDOW.west)
      expect(shown[1], `south at zoom ${zoom}`).toBeGreaterThanOrEqual(WINDOW.south)
      expect(shown[2], `east at zoom ${zoom}`).toBeLessThanOrEqual(WINDOW.east)
      expect(shown[3], `north at zoom ${zoom}`).toBeLessThanOrEqual(WINDOW.north)
    }
  })

  it('stays within the window, each label inside its own shape', () => {
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

  it('labels Peru’s neighbours within 12° of Peru’s centre, where the map shows Peru', () => {
    const [west = 0, south = 0, east = 0, north = 0] = bbox(regions)
    const [lng0, lat0] = [(west + east) / 2, (south + north) / 2]
    for (const f of basemap.features.filter((f) => NEIGHBOURS.includes(String(f.id)))) {
      const { label_lat, label_lng } = f.properties
      const degrees = Math.hypot(label_lng - lng0, label_lat - lat0)
      expect(degrees, String(f.id)).toBeLessThanOrEqual(LABEL_RADIUS)
    }
  })

  it('keeps the neighbours’ detail near Peru', () => {
    const near = basemap.features
      .filter((f) => NEIGHBOURS.includes(String(f.id)))
      .flatMap((f) => polygonsOf(f.geometry).flat(2))
      .filter(([lng = 0, lat = 0]) => {
        const { west, south, east, north } = NEAR_PERU
        return lng >= west && lng <= east && lat >= south && lat <= north
      })
    console.log(`neighbour vertices near Peru: ${near.length}`)
    expect(near.length).toBeGreaterThanOrEqual(NEAR_VERTICES)
  })

  it('meets the regions without overlapping them (under 1 km² per country)', () => {
    const peru = union(featureCollection(regions.features)) as Feature<Shape>
    for (const f of basemap.features.filter((f) => f.id !== 'PE')) {
      const shared = intersect(featureCollection([f, peru]))
      const km2 = shared ? area(shared) / 1e6 : 0
      expect(km2, String(f.id)).toBeLessThan(1)
    }
  })

  it('leaves no gap over 1 km² between the countries and Peru', () => {
    const land = union(featureCollection(basemap.features)) as Feature<Shape>
    const holes = polygonsOf(land.geometry).flatMap((rings) => rings.slice(1))
    const largest = Math.max(0, ...holes.map((ring) => area(polygon([ring])) / 1e6))
    console.log(`largest gap in the basemap: ${largest.toFixed(2)} km² (${holes.length} holes)`)
    expect(largest).toBeLessThan(1)
  })

  it('stays under 60 KB raw', () => {
    const text = readText(BASEMAP_PATH)
    const bytes = Buffer.byteLength(text)
    const gzip = gzipSync(text).length
    console.log(`${BASEMAP_PATH}: ${bytes} bytes raw, ${gzip} gzip (limit ${SIZE_LIMIT} raw)`)
    expect(bytes).toBeLessThan(SIZE_LIMIT)
  })
})
