/**
 * Derives geo/detail.json, what the map shows close up, loaded after the first paint: rivers and
 * lakes (waters.mjs), province capitals (towns.mjs), and the zoom each name starts at, so that no
 * two names overlap, nor a region's or a neighbour's name, at any zoom (declutter.mjs).
 *
 * Ranks, best first: Lake Titicaca's name, the departments' capitals, the capitals of the
 * provinces the story's curfew names (data/zones.json: Juliaca, Andahuaylas…), then the others by
 * ubigeo. The lake and the departments' capitals may start at zoom 5, the whole of Peru on a laptop;
 * other towns from 6, or the first view would name a few jungle towns (Nauta, Caballo Cocha) where
 * there happened to be room, and no department's capital beside them. The check runs up to the
 * map's maximum zoom.
 */

import { minZooms } from './declutter.mjs'
import { labelBox } from './labelBoxes.mjs'

export const DETAIL_PATH = 'geo/detail.json'
export const FIRST_ZOOM = { lake: 5, department: 5, province: 6 } // the lowest zoom a name may start at
export const MAX_ZOOM = 14 // src/map/constants.ts MAX_ZOOM (tests/geo compares)
// As src/map/regionLabelZoom.ts draws them (tests/geo compares): Callao's and Lima's names from 8.
export const SMALL_REGIONS = new Set(['PE-CAL', 'PE-LMA'])
export const SMALL_LABEL_MIN_ZOOM = 8
export const LABELLED_COUNTRIES = new Set(['EC', 'CO', 'BR', 'BO', 'CL']) // src/model/basemap.ts LABELLED

/**
 * @param {{ waters: ReturnType<import('./waters.mjs').deriveWaters>,
 *   towns: ReturnType<import('./towns.mjs').readTowns>, regions: object[], countries: object[],
 *   curfewUbigeos: string[] }} parts
 * @returns {object[]} the file's features: rivers, lakes, then towns by ubigeo
 */
export function deriveDetail({ waters, towns, regions, countries, curfewUbigeos }) {
  const fixed = [
    ...regions.map((f) => ({
      ...anchorOf(f.properties),
      box: labelBox('region', [f.properties.name_es, f.properties.name_en]),
      minZoom: SMALL_REGIONS.has(f.properties.iso) ? SMALL_LABEL_MIN_ZOOM : 0,
    })),
    ...countries
      .filter((f) => LABELLED_COUNTRIES.has(f.properties.iso_a2))
      .map((f) => ({
        ...anchorOf(f.properties),
        box: labelBox('country', [f.properties.name_es, f.properties.name_en]),
        minZoom: 0,
      })),
  ]
  const { titicaca } = waters
  const lake = {
    ...anchorOf(titicaca),
    box: labelBox('lake', [titicaca.name_es, titicaca.name_en]),
    from: FIRST_ZOOM.lake,
  }
  const curfew = new Set(curfewUbigeos)
  const rank = (t) => (t.department ? 0 : curfew.has(t.ubigeo) ? 1 : 2)
  const ranked = [...towns].sort((a, b) => rank(a) - rank(b) || (a.ubigeo < b.ubigeo ? -1 : 1))
  const labels = [
    lake,
    ...ranked.map((t) => ({
      lat: t.lat,
      lng: t.lng,
      box: labelBox(boxKind(t), [t.name]),
      from: t.department ? FIRST_ZOOM.department : FIRST_ZOOM.province,
    })),
  ]
  const [lakeZoom, ...townZooms] = minZooms(fixed, labels, MAX_ZOOM)
  const zoomOf = new Map(ranked.map((t, i) => [t.ubigeo, townZooms[i]]))
  return [
    ...waters.rivers.map((geometry, i) => ({
      type: 'Feature',
      id: `river-${i + 1}`,
      properties: { kind: 'river' },
      geometry,
    })),
    ...waters.lakes.map((geometry, i) => ({
      type: 'Feature',
      id: geometry === titicaca.geometry ? 'titicaca' : `lake-${i + 1}`,
      properties:
        geometry === titicaca.geometry
          ? {
              kind: 'lake',
              name_es: titicaca.name_es,
              name_en: titicaca.name_en,
              label_lat: titicaca.label_lat,
              label_lng: titicaca.label_lng,
              min_zoom: lakeZoom,
            }
          : { kind: 'lake' },
      geometry,
    })),
    ...towns.map((t) => ({
      type: 'Feature',
      id: t.ubigeo,
      properties: {
        kind: 'town',
        name: t.name,
        capital: t.department ? 'department' : 'province',
        min_zoom: zoomOf.get(t.ubigeo),
      },
      geometry: { type: 'Point', coordinates: [t.lng, t.lat] },
    })),
  ]
}

/** The box model a town is drawn with (labelBoxes.mjs). */
export function boxKind(town) {
  return town.department ? 'capital' : 'town'
}

function anchorOf(p) {
  return { lat: p.label_lat, lng: p.label_lng }
}
