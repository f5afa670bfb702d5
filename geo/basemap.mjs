/**
 * Derives geo/basemap.json: Peru's neighbours from world-atlas (Natural Earth 10m countries),
 * clipped to a window around Peru and simplified, plus Peru's outline (the dissolved regions).
 *
 * world-atlas 10m overlaps the 10m regions by only 4–46 km² per neighbour (50m: 90–650 km²), but
 * the two sources are simplified apart, so their lines still part by a few km. So each neighbour
 * is grown into world-atlas's Peru (simplified in the same topology, so no slivers between them)
 * by up to GAP_KM, then cut by the shipped outline: its border with Peru lies exactly on the
 * regions' outer edge, with no gap and no overlap.
 */
import {
  bboxPolygon,
  booleanIntersects,
  buffer,
  difference,
  featureCollection,
  intersect,
  polygon,
  union,
} from '@turf/turf'
import { feature } from 'topojson-client'
import { dissolve } from './dissolve.mjs'
import { finishGeometry, labelPoint } from './polygon.mjs'
import { simplifyShared } from './topology.mjs'

export const BASEMAP_PATH = 'geo/basemap.json'
export const WORLD_ATLAS_FILE = 'world-atlas/countries-10m.json'
export const WINDOW = [-85, -20.5, -63, 2.5] // [west, south, east, north] degrees: Peru + margin
const DIGITS = 4 // decimals, as the regions, so the shared border matches vertex for vertex
// How far a neighbour may grow to meet Peru: wider than the two simplifications ever part along
// the land borders. At 5 km the largest gap left is 0.17 km²; coarser settings left 5 km² ones.
const GAP_KM = 5
const SIMPLIFY = {
  minWeight: 0.0015, // degrees²; the budget is in tests/geo
  minRingArea: 0.01, // degrees² (~120 km²): smaller islands go
  grid: 10 ** -DIGITS,
  protect: [],
}

// world-atlas ids are ISO 3166-1 numeric codes.
const COUNTRIES = [
  { id: '218', iso_a2: 'EC', name_es: 'Ecuador', name_en: 'Ecuador' },
  { id: '170', iso_a2: 'CO', name_es: 'Colombia', name_en: 'Colombia' },
  { id: '076', iso_a2: 'BR', name_es: 'Brasil', name_en: 'Brazil' },
  { id: '068', iso_a2: 'BO', name_es: 'Bolivia', name_en: 'Bolivia' },
  { id: '152', iso_a2: 'CL', name_es: 'Chile', name_en: 'Chile' },
]
const PERU = { id: '604', iso_a2: 'PE', name_es: 'Perú', name_en: 'Peru' }

export const BASEMAP_SOURCE = {
  package: 'world-atlas',
  file: 'countries-10m.json',
  licence: 'ISC (package); Natural Earth data is public domain',
  attribution: 'Natural Earth',
}

/**
 * @param {object} worldAtlas the parsed countries-10m.json topology
 * @param {object[]} regions the shipped region features
 * @returns {object[]} neighbours in COUNTRIES order, then PE
 */
export function deriveBasemap(worldAtlas, regions) {
  const countries = feature(worldAtlas, worldAtlas.objects.countries).features
  const window = bboxPolygon(WINDOW)
  const clipped = [...COUNTRIES, PERU].map((country) => {
    const shape = countries.find((f) => f.id === country.id)
    const inside = shape && intersect(featureCollection([shape, window]))
    if (!inside) throw new Error(`${WORLD_ATLAS_FILE}: no country ${country.id} in the window`)
    return { type: 'Feature', id: country.iso_a2, properties: {}, geometry: inside.geometry }
  })
  const peru = { type: 'Feature', properties: {}, geometry: dissolve(regions, DIGITS) }
  const simplified = simplifyShared(clipped, SIMPLIFY)
  const atlasPeru = simplified.pop()
  const done = []
  for (const [i, shape] of simplified.entries()) {
    const grown = union(featureCollection([shape, nearPart(shape, atlasPeru)]))
    // Cut by the neighbours already done too: two of them may grow into one gap at a tripoint.
    const cut = grown && difference(featureCollection([grown, peru, ...done]))
    const geometry = cut && finishGeometry(attachedParts(cut.geometry, shape), DIGITS)
    if (!geometry) throw new Error(`basemap: ${shape.id} vanished when cut by Peru`)
    done.push(basemapFeature(COUNTRIES[i], geometry))
  }
  return [...done, basemapFeature(PERU, peru.geometry)]
}

/** The part of `peru` within GAP_KM of `shape`: the gap left between the two simplifications. */
function nearPart(shape, peru) {
  const halo = buffer(shape, GAP_KM, { units: 'kilometers' })
  return intersect(featureCollection([halo, peru])) ?? shape
}

/**
 * Drops the parts that do not touch the neighbour itself: bits of the gap that lie next to
 * another neighbour (at a tripoint) or along Peru's coast.
 */
function attachedParts(geometry, shape) {
  if (geometry.type === 'Polygon') return geometry
  const parts = geometry.coordinates.filter((part) => booleanIntersects(polygon(part), shape))
  return { type: 'MultiPolygon', coordinates: parts }
}

function basemapFeature({ iso_a2, name_es, name_en }, geometry) {
  const label = labelPoint(geometry)
  return {
    type: 'Feature',
    id: iso_a2,
    properties: { iso_a2, name_es, name_en, label_lat: label.lat, label_lng: label.lng },
    geometry,
  }
}
