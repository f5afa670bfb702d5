/**
 * Derives geo/zones.json from data/zones.json (type `Zone` in data/types.ts): a `union` zone is
 * the dissolved union of whole shipped regions, a `buffer` zone a 64-step circle around a point, a
 * `province` zone an INEI province clipped to its region (provinces.mjs).
 * Example record: { "id": "macrorregion-sur", "kind": "union", "regions": ["PE-APU", "PE-CUS"] }
 * A record that breaks the type fails the build with the file and the record's index and id.
 */
import { circle } from '@turf/turf'
import { dissolve } from './dissolve.mjs'
import { finishGeometry } from './polygon.mjs'
import { provinceGeometry } from './provinces.mjs'

export const ZONES_INPUT = 'data/zones.json'
export const ZONES_PATH = 'geo/zones.json'
const DIGITS = 4 // decimals, as the regions
const CIRCLE_STEPS = 64 // vertices of a buffer's ring: smooth at city zoom, ~1.3 kB each
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/ // ASCII slug: ids appear in share links
const FIELDS = {
  union: ['id', 'kind', 'regions'],
  buffer: ['id', 'kind', 'lat', 'lng', 'radius_km'],
  province: ['id', 'kind', 'ubigeo', 'region'],
}

/**
 * Checks the records against the `Zone` type and the shipped region codes.
 * @param {unknown} records the parsed data/zones.json
 * @param {Set<string>} codes ISO codes of the shipped regions
 * @returns {object[]} the records, unchanged
 */
export function validateZones(records, codes) {
  if (!Array.isArray(records)) throw new Error(`${ZONES_INPUT}: expected an array of zones`)
  const seen = new Set()
  records.forEach((record, index) => {
    const fail = (problem) => {
      const id = typeof record?.id === 'string' ? ` ("${record.id}")` : ''
      throw new Error(`${ZONES_INPUT}: record ${index}${id}: ${problem}`)
    }
    if (typeof record !== 'object' || record === null) fail('not an object')
    if (typeof record.id !== 'string' || !ID.test(record.id)) fail('id must be an ASCII slug')
    if (seen.has(record.id)) fail('duplicate id')
    seen.add(record.id)
    const fields = FIELDS[record.kind]
    if (!fields)
      fail(`kind must be "union", "buffer" or "province", not ${JSON.stringify(record.kind)}`)
    const missing = fields.filter((key) => !(key in record))
    if (missing.length) fail(`missing ${missing.join(', ')}`)
    const extra = Object.keys(record).filter((key) => !fields.includes(key))
    if (extra.length) fail(`unknown field ${extra.join(', ')}`)
    const problem =
      record.kind === 'union'
        ? unionProblem(record, codes)
        : record.kind === 'province'
          ? provinceProblem(record, codes)
          : bufferProblem(record)
    if (problem) fail(problem)
  })
  return records
}

function unionProblem({ regions }, codes) {
  if (!Array.isArray(regions) || regions.length === 0) return 'regions must be a non-empty array'
  const unknown = regions.filter((code) => !codes.has(code))
  if (unknown.length) return `unknown region code ${unknown.map(String).join(', ')}`
  if (new Set(regions).size !== regions.length) return 'a region is listed twice'
  return null
}

function provinceProblem({ ubigeo, region }, codes) {
  if (typeof ubigeo !== 'string' || !/^\d{4}$/.test(ubigeo)) return 'ubigeo must be 4 digits'
  if (!codes.has(region)) return `unknown region code ${String(region)}`
  return null
}

function bufferProblem({ lat, lng, radius_km }) {
  if (!Number.isFinite(lat) || Math.abs(lat) > 90) return 'lat must be a number in [-90, 90]'
  if (!Number.isFinite(lng) || Math.abs(lng) > 180) return 'lng must be a number in [-180, 180]'
  if (!Number.isFinite(radius_km) || radius_km <= 0) return 'radius_km must be a positive number'
  return null
}

/**
 * @param {object[]} zones validated records
 * @param {object[]} regions the shipped region features
 * @param {Map<string, object>} provinces simplified province geometries by ubigeo (provinces.mjs)
 * @returns {object[]} features sorted by id
 */
export function deriveZones(zones, regions, provinces) {
  const byCode = new Map(regions.map((f) => [f.id, f]))
  const geometryOf = (zone) =>
    zone.kind === 'union'
      ? dissolve(
          zone.regions.map((code) => byCode.get(code)),
          DIGITS,
        )
      : zone.kind === 'province'
        ? provinceGeometry(provinces, zone, byCode)
        : circleGeometry(zone)
  return zones
    .map((zone) => ({
      type: 'Feature',
      id: zone.id,
      properties: { id: zone.id, kind: zone.kind },
      geometry: geometryOf(zone),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
}

function circleGeometry({ lat, lng, radius_km }) {
  const ring = circle([lng, lat], radius_km, { steps: CIRCLE_STEPS, units: 'kilometers' })
  return finishGeometry(ring.geometry, DIGITS)
}
