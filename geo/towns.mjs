/**
 * Peru's province capitals, from IDEP's 2016 points as published by peru-geojson (CC BY 4.0;
 * geo/source/LICENSE-INEI-DATA), vendored byte for byte as geo/source/peru-capitales.topojson,
 * whose sha256 must be the one below (the source's own manifest lists the same).
 *
 * The source names are lower case without accents ("san juan bautista"): they are title-cased
 * with Spanish particles kept lower case inside a name ("San Juan Bautista", "Cerro de Pasco").
 * Accents cannot be restored from this source ("Huanuco" for Huánuco), so none are guessed.
 * Three points carry a short code instead of their province's ubigeo; ODD_IDS maps them.
 */
import { feature } from 'topojson-client'
import { sha256 } from './hash.mjs'

export const CAPITALS_PATH = 'geo/source/peru-capitales.topojson'
export const CAPITALS_SOURCE = {
  repository: 'lincolneulogio/peru-geojson',
  commit: '9737c032793bd30cad1013b43ca8aaeaa3875218',
  file: 'data/derived/peru-capitales.topojson',
  sha256: '0c7c6cbaed3fa9d59404f8b87f1a917bc9688710c46b5960e096bb8620dcb3d6',
  licence: 'CC BY 4.0',
  attribution:
    'Capitales de provincia: Infraestructura de Datos Espaciales del Perú (IDEP), 2016. Data: peru-geojson (lincolneulogio), CC BY 4.0.',
}
// The three ids that are not ubigeos, with the province name each point carries (the ubigeos are
// INEI's for Carlos Fermín Fitzcarrald, Nasca and General Sánchez Cerro).
const ODD_IDS = {
  ancarl: { ubigeo: '0207', province: 'carlos f.fitzcarrald' },
  icnazc: { ubigeo: '1103', province: 'nazca' },
  mogral: { ubigeo: '1802', province: 'gral.sanchez cerro' },
}
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y'])
// Lima's point is the district of its historic centre, "lima cercado" (Cercado de Lima); the
// capital it stands for is Lima.
const NAMES = { 1501: 'Lima' }
const DIGITS = 4 // decimals (~11 m): the source's quantization is ~1.5 m, a dot needs far less

/**
 * "san juan bautista" → "San Juan Bautista", "espinar (yauri)" → "Espinar (Yauri)"; particles
 * stay lower case except first.
 * @param {string} name
 */
export function titleCase(name) {
  return name
    .trim()
    .split(/\s+/)
    .map((word, i) =>
      i > 0 && PARTICLES.has(word)
        ? word
        : word.replace(/^(\(?)(.)/, (_, p, c) => p + c.toUpperCase()),
    )
    .join(' ')
}

/**
 * @param {string} text the vendored file's text
 * @returns {{ ubigeo: string, name: string, department: boolean, lat: number, lng: number }[]}
 *   sorted by ubigeo; `department` marks a department's capital (its XX01 province's)
 */
export function readTowns(text) {
  if (sha256(text) !== CAPITALS_SOURCE.sha256)
    throw new Error(`${CAPITALS_PATH}: sha256 is not ${CAPITALS_SOURCE.sha256}`)
  const topology = JSON.parse(text)
  const towns = feature(topology, topology.objects.peru).features.map((f) => {
    const ubigeo = ubigeoOf(f)
    const [lng, lat] = f.geometry.coordinates
    return {
      ubigeo,
      name: NAMES[ubigeo] ?? titleCase(f.properties.capital),
      department: ubigeo.endsWith('01'),
      lat: round(lat),
      lng: round(lng),
    }
  })
  const ids = new Set(towns.map((t) => t.ubigeo))
  if (ids.size !== towns.length) throw new Error(`${CAPITALS_PATH}: two points share a ubigeo`)
  return towns.sort((a, b) => (a.ubigeo < b.ubigeo ? -1 : 1))
}

function ubigeoOf({ id, properties }) {
  if (/^\d{4}$/.test(id)) return id
  const odd = ODD_IDS[id]
  if (!odd || odd.province !== properties.nombre_provincia)
    throw new Error(
      `${CAPITALS_PATH}: point "${id}" (${properties.nombre_provincia}) has no ubigeo`,
    )
  return odd.ubigeo
}

function round(value) {
  return Math.round(value * 10 ** DIGITS) / 10 ** DIGITS + 0
}
