/**
 * Derives geo/basemap.json: every country the map can show around Peru (world-atlas, Natural
 * Earth 10m), clipped to a window and simplified together, plus Peru's outline (the regions).
 *
 * The window is what a 1920×1080 screen shows at MIN_ZOOM 4, where the world is 4096 px wide:
 * MAX_BOUNDS (95°…50° W, 38° S…8° N: Santiago de Chile at 33.4° S is in reach) is then 512×559 px,
 * smaller than the screen, so Leaflet centres the view on it (Map._limitCenter). That view spans
 * 156.9° W…11.9° E, 53.8° S…29.5° N (1920 px / 11.38 px per degree of longitude = 168.75°);
 * WINDOW rounds it out to whole degrees.
 * tests/geo checks it against src/map/constants.ts. Higher zooms stay inside MAX_BOUNDS, so
 * detail only matters near Peru: the simplification coarsens with distance from it (taper.mjs).
 *
 * world-atlas 10m overlaps the 10m regions by only 4–46 km² per neighbour (50m: 90–650 km²), but
 * the two sources are simplified apart, so their lines still part by a few km. So each neighbour
 * is grown into world-atlas's Peru (simplified in the same topology, so no slivers between them)
 * by up to GAP_KM, then cut by the shipped outline: its border with Peru lies exactly on the
 * regions' outer edge, with no gap and no overlap.
 */
import {
  bbox,
  booleanIntersects,
  buffer,
  difference,
  featureCollection,
  intersect,
  polygon,
  union,
} from '@turf/turf'
import { feature } from 'topojson-client'
import { asFeature, boxOverlap, clipToBox, overlaps, partsOf } from './clip.mjs'
import { NEIGHBOURS, OTHERS, PERU } from './countries.mjs'
import { dissolve } from './dissolve.mjs'
import { labeller } from './labels.mjs'
import { finishGeometry, ringArea } from './polygon.mjs'
import { roundWhere, taper } from './taper.mjs'
import { simplifyShared } from './topology.mjs'

export const BASEMAP_PATH = 'geo/basemap.json'
export const WORLD_ATLAS_FILE = 'world-atlas/countries-10m.json'
export const WINDOW = [-160, -54, 12, 34] // [west, south, east, north] degrees: see above
const DIGITS = 4 // decimals near Peru, as the regions, so the border matches vertex for vertex
// Decimals by how much coarser the simplification is at a place: rounding stays under ~1/20 of
// the distance between the vertices left there. Saves ~6 kB.
const DIGITS_BY_COARSENING = [
  [2, DIGITS],
  [10, 3],
  [Infinity, 2], // 0.01° is 0.2 px at zoom 5
]
// How far a neighbour may grow to meet Peru: wider than the two simplifications ever part along
// the land borders. At 5 km the largest gap left is 0.17 km²; coarser settings left 5 km² ones.
const GAP_KM = 5
const SIMPLIFY = {
  minWeight: 0.0015, // degrees² near Peru; the size budget is in tests/geo
  minRingArea: 0.01, // degrees² (~120 km²) near Peru: smaller islands go
  grid: 10 ** -DIGITS,
  protect: [],
}
// Full detail in the window the basemap had until now (Peru and 2–6° around it), stretched west
// to take in the Galápagos, which the whole-Peru view shows (+1.4 kB; from 85° W they wore away).
// Then 2× coarser 0.7° beyond, 10× at 2.1°, 100× from 7° on (weights of 0.15 degrees², 20–80
// px² at zoom 4–5). 55.9 kB in all; ramp 1: +2.6 kB, ramp 0.5: −1.2 kB.
const FULL_DETAIL = [-92, -20.5, -63, 2.5] // [west, south, east, north] degrees
const TAPER = { near: 0, ramp: 0.7, far: 100 }
// Islands far away go under 0.15 degrees² (~1800 km²), and the weights above wear small ones
// away: Martinique, Guadeloupe, the Canaries, Cabo Verde, Madeira, Bioko go; Jamaica, Puerto
// Rico, Trinidad, Chiloé, Andros (Bahamas) and Hawaiʻi's Big Island stay.
const ISLANDS = { near: 0, ramp: 1, far: 15 }
const FAR_HOLE = 10 // coarsening from which holes go (withoutFarHoles)
const LABEL_RADIUS = 12 // degrees from Peru's centre: labels further off move nearer (labels.mjs)

export const BASEMAP_SOURCE = {
  package: 'world-atlas',
  file: 'countries-10m.json',
  licence: 'ISC (package); Natural Earth data is public domain',
  attribution: 'Natural Earth',
}

/**
 * @param {object} worldAtlas the parsed countries-10m.json topology
 * @param {object[]} regions the shipped region features
 * @returns {object[]} the countries sorted by code, then PE
 */
export function deriveBasemap(worldAtlas, regions) {
  const peru = asFeature(dissolve(regions, DIGITS))
  const peruBox = bbox(peru)
  const coarsen = taper(FULL_DETAIL, TAPER)
  const coarsenRings = taper(FULL_DETAIL, ISLANDS)
  const digitsAt = (lng, lat) => {
    const factor = coarsen(lng, lat)
    return DIGITS_BY_COARSENING.find(([below]) => factor < below)[1]
  }
  const { shapes, boxes } = pickParts(feature(worldAtlas, worldAtlas.objects.countries).features)
  const simplified = new Map()
  for (const shape of simplifyShared(shapes, { ...SIMPLIFY, coarsen, coarsenRings })) {
    const clipped = shape.geometry && clipToBox(shape.geometry, boxes.get(shape.id))
    const geometry =
      clipped && finishGeometry(withoutFarHoles(roundWhere(clipped, digitsAt), coarsen), DIGITS)
    // Rings shared by two countries escape the island filter: St-Martin and Sint Maarten, the
    // Guantánamo base (a notch of 66 km² in Cuba, 1 px at zoom 5).
    if (geometry && planarArea(geometry) >= SIMPLIFY.minRingArea * least(geometry, coarsenRings)) {
      simplified.set(shape.id, { ...asFeature(geometry), id: shape.id })
    }
  }
  const unnamed = [...simplified.keys()].filter((id) => id.startsWith('#'))
  if (unnamed.length > 0) {
    const names = unnamed.map((id) => id.slice(1)).join(', ')
    throw new Error(`basemap: the window shows ${names}, which geo/countries.mjs does not name`)
  }
  const label = labeller(peruBox, LABEL_RADIUS)
  const atlasPeru = simplified.get(PERU.iso_a2)
  const done = []
  for (const country of NEIGHBOURS) {
    const shape = simplified.get(country.iso_a2)
    const grown = union(featureCollection([shape, nearPart(shape, atlasPeru)]))
    // Cut by the neighbours already done too: two of them may grow into one gap at a tripoint.
    const cut = grown && difference(featureCollection([grown, peru, ...done]))
    const geometry = cut && finishGeometry(attachedParts(cut.geometry, shape), DIGITS)
    if (!geometry) throw new Error(`basemap: ${country.iso_a2} vanished when cut by Peru`)
    done.push(basemapFeature(country, geometry, label))
  }
  const others = OTHERS.map((country) => {
    const shape = simplified.get(country.iso_a2)
    if (!shape) throw new Error(`basemap: ${country.iso_a2} has no land left in the window`)
    return basemapFeature(country, shape.geometry, label)
  })
  const countries = [...done, ...others].sort((a, b) => (a.id < b.id ? -1 : 1))
  return [...countries, basemapFeature(PERU, peru.geometry, label)]
}

/**
 * The parts of every world-atlas country that reach into the window, whole (they are clipped
 * after simplifying), keyed by code, with the box each is clipped to. A country named in parts
 * (`within`: French Guiana, in France) takes the parts that reach into its box; what is left of
 * it, and every country geo/countries.mjs does not name, is keyed `#name`, so that one that
 * outlives simplification stops the build.
 */
function pickParts(atlas) {
  const named = [...NEIGHBOURS, ...OTHERS, PERU]
  const shapes = []
  const boxes = new Map()
  const add = (id, parts, box) => {
    shapes.push({ type: 'Feature', id, properties: {}, geometry: multi(parts) })
    boxes.set(id, box)
  }
  for (const { id, properties, geometry } of atlas) {
    let rest = partsOf(geometry).filter((part) => overlaps(part, WINDOW))
    for (const { iso_a2, within } of named.filter((country) => country.id === id)) {
      const box = within ? boxOverlap(WINDOW, within) : WINDOW
      const mine = rest.filter((part) => overlaps(part, box))
      if (mine.length === 0) throw new Error(`${WORLD_ATLAS_FILE}: no ${iso_a2} in the window`)
      add(iso_a2, mine, box)
      rest = rest.filter((part) => !mine.includes(part))
    }
    if (rest.length > 0) add(`#${properties.name}`, rest, WINDOW)
  }
  return { shapes, boxes }
}

function multi(parts) {
  return { type: 'MultiPolygon', coordinates: parts }
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

/**
 * Drops the holes that lie wholly where the simplification is FAR_HOLE times coarser or more:
 * there a channel worn shut turns an inlet into a lake of the sea's colour, which reads as a gap
 * between countries (Seno Skyring, 52° S in Chile, 1200 km², once the window reached 54° S).
 */
function withoutFarHoles(geometry, coarsen) {
  const far = (ring) => least({ type: 'Polygon', coordinates: [ring] }, coarsen) >= FAR_HOLE
  const parts = partsOf(geometry).map(([outer, ...holes]) => [
    outer,
    ...holes.filter((h) => !far(h)),
  ])
  return parts.length === 1
    ? { type: 'Polygon', coordinates: parts[0] }
    : { type: 'MultiPolygon', coordinates: parts }
}

/** Planar area in degrees², holes taken out. */
function planarArea(geometry) {
  let sum = 0
  for (const [outer, ...holes] of partsOf(geometry)) {
    sum += Math.abs(ringArea(outer)) - holes.reduce((s, hole) => s + Math.abs(ringArea(hole)), 0)
  }
  return sum
}

/** The smallest value of `f` over the geometry's positions: where the shape is nearest Peru. */
function least(geometry, f) {
  let min = Infinity
  for (const [lng, lat] of partsOf(geometry).flat(2)) min = Math.min(min, f(lng, lat))
  return min
}

function basemapFeature({ iso_a2, name_es, name_en }, geometry, label) {
  const { lat, lng } = label(geometry)
  return {
    type: 'Feature',
    id: iso_a2,
    properties: { iso_a2, name_es, name_en, label_lat: lat, label_lng: lng },
    geometry,
  }
}
