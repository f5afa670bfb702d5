/**
 * Derives geo/peru-regions.json from the raw Natural Earth extract: 26 regions keyed by ISO
 * 3166-2 code, simplified together so borders still meet, wound for RFC 7946 and rounded.
 * Example feature: {"type":"Feature","id":"PE-APU","properties":{"iso":"PE-APU",
 * "slug":"apurimac","name_es":"Apurímac","name_en":"Apurímac","label_lat":…,"label_lng":…},…}
 */
import { isoOf, namesOf, slugify } from './names.mjs'
import { finishGeometry, labelPoint } from './polygon.mjs'
import { FILE, PACKAGE, VERSION } from './source.mjs'
import { simplifyShared } from './topology.mjs'

export const REGIONS_PATH = 'geo/peru-regions.json'
const DIGITS = 4 // decimals (~11 m): below one pixel up to zoom 13
const SIMPLIFY = {
  minWeight: 0.0025, // degrees²; see the size and area budgets in tests/geo
  minRingArea: 0.001, // degrees² (~12 km²): smaller detached islands go
  grid: 10 ** -DIGITS,
  // Callao is a few vertices on the coast and an island: any cut collapses it.
  protect: ['PE-CAL'],
}

export const REGIONS_SOURCE = {
  package: PACKAGE,
  version: VERSION,
  file: FILE,
  licence: 'ISC (package); Natural Earth data is public domain',
  attribution: 'Natural Earth',
}

/**
 * @param {{ features: { properties: Record<string, string>, geometry: object }[] }} extract
 * @returns {object[]} features sorted by id
 */
export function deriveRegions(extract) {
  const input = extract.features.map((f) => ({
    type: 'Feature',
    id: isoOf(f.properties),
    properties: {},
    geometry: f.geometry,
  }))
  const ids = input.map((f) => f.id)
  if (new Set(ids).size !== ids.length) throw new Error(`duplicate region codes: ${ids.sort()}`)
  const byId = new Map(extract.features.map((f, i) => [ids[i], f.properties]))
  return simplifyShared(input, SIMPLIFY)
    .map((f) => regionFeature(f.id, byId.get(f.id), f.geometry))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
}

function regionFeature(iso, neProperties, simplified) {
  const geometry = finishGeometry(simplified, DIGITS)
  if (!geometry) throw new Error(`${iso}: simplification left no polygon`)
  const names = namesOf(iso, neProperties)
  const label = labelPoint(geometry)
  return {
    type: 'Feature',
    id: iso,
    properties: {
      iso,
      slug: slugify(names.es),
      name_es: names.es,
      name_en: names.en,
      label_lat: label.lat,
      label_lng: label.lng,
    },
    geometry,
  }
}
