/**
 * The curfew's provinces, from INEI's 2023 province boundaries as published by peru-geojson
 * (CC BY 4.0; geo/source/LICENSE-INEI-DATA). Only the provinces data/zones.json names are kept, in
 * a committed extract (geo/source/inei-provinces.topojson) whose sha256 geo/manifest.json records with
 * the sha256 of the whole source file, so `npm run geo -- --check` works on a clean clone.
 *
 * Re-extract from the source file (1.1 MB TopoJSON) only on purpose:
 *   npm run geo -- --provinces path/to/peru-provincial.topojson
 *
 * Derivation (zones.mjs calls `provinceGeometry`): the extract's provinces are simplified as ONE
 * topology (neighbours such as Huamanga and Cangallo keep one shared border), then each is clipped
 * to its region as this map draws it (geo/peru-regions.json), so no province spills over its
 * region's drawn border, then rounded to 4 decimals and wound for RFC 7946.
 */
import { booleanValid, intersect } from '@turf/turf'
import { feature } from 'topojson-client'
import { topology } from 'topojson-server'
import { sha256 } from './hash.mjs'
import { finishGeometry } from './polygon.mjs'
import { simplifyShared } from './topology.mjs'

export const PROVINCES_EXTRACT = 'geo/source/inei-provinces.topojson'
export const PROVINCES_SOURCE = {
  repository: 'lincolneulogio/peru-geojson',
  commit: '9737c032793bd30cad1013b43ca8aaeaa3875218',
  file: 'data/derived/peru-provincial.topojson',
  sha256: '9bdc56cac6cb8b01da7f8092a7647ddd48b1e1d81729bdde4a9546e233e162d1',
  licence: 'CC BY 4.0',
  attribution:
    'Instituto Nacional de Estadística e Informática (INEI). Límites departamentales, provinciales y distritales: IDE-INEI, actualización 2023. Data: peru-geojson (lincolneulogio), CC BY 4.0.',
}
const EXTRACT_QUANTIZATION = 1e6 // as the source: ~1 m over the extract's extent
const DIGITS = 3 // decimals (~110 m): finer than the simplification; 4 cost 2 kB gzip more
const SIMPLIFY = {
  minWeight: 0.0005, // degrees² (~6 km² of triangle area): first-view data budget (0.0002: +40 %)
  minRingArea: 0.0005, // degrees² (~6 km²): smaller detached pieces go
  grid: 10 ** -DIGITS,
  protect: [],
}

/**
 * The committed extract's text: the provinces with these ubigeos, as the source has them, as a
 * TopoJSON quantized like the source (126 kB; the same provinces as GeoJSON take 491 kB).
 * @param {string} topologyText the source file's text
 * @param {string[]} ubigeos
 */
export function extractProvinces(topologyText, ubigeos) {
  if (sha256(topologyText) !== PROVINCES_SOURCE.sha256)
    throw new Error(`the provinces source's sha256 is not ${PROVINCES_SOURCE.sha256}`)
  const source = JSON.parse(topologyText)
  const all = feature(source, source.objects.peru).features
  const wanted = new Set(ubigeos)
  const kept = all
    .filter((f) => wanted.has(f.properties.ubigeo))
    .map((f) => ({
      type: 'Feature',
      id: f.properties.ubigeo,
      properties: {
        ubigeo: f.properties.ubigeo,
        departamento: f.properties.nombre_departamento,
        provincia: f.properties.nombre_provincia,
        capital: f.properties.capital,
      },
      geometry: f.geometry,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
  const missing = ubigeos.filter((u) => !kept.some((f) => f.id === u))
  if (missing.length) throw new Error(`no province ${missing.join(', ')} in the source`)
  const topo = topology(
    { provinces: { type: 'FeatureCollection', features: kept } },
    EXTRACT_QUANTIZATION,
  )
  return `${JSON.stringify({ source: PROVINCES_SOURCE, ...topo })}\n`
}

/**
 * The extract's provinces simplified together, by ubigeo.
 * @param {object} extract the parsed extract (a TopoJSON topology)
 */
export function simplifiedProvinces(extract) {
  const features = feature(extract, extract.objects.provinces).features
  const simple = simplifyShared(features, SIMPLIFY)
  return new Map(simple.map((f, i) => [features[i].id, f.geometry]))
}

/**
 * @param {Map<string, object>} provinces simplified geometries by ubigeo
 * @param {{ ubigeo: string, region: string, id: string }} zone
 * @param {Map<string, object>} regionByCode shipped region features
 */
export function provinceGeometry(provinces, zone, regionByCode) {
  const province = provinces.get(zone.ubigeo)
  const region = regionByCode.get(zone.region)
  if (!province) throw new Error(`zone "${zone.id}": no province ${zone.ubigeo} in the extract`)
  if (!region) throw new Error(`zone "${zone.id}": no region ${zone.region}`)
  const clipped = intersect({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: province },
      { type: 'Feature', properties: {}, geometry: region.geometry },
    ],
  })
  const geometry = clipped && finishGeometry(clipped.geometry, DIGITS)
  if (!geometry)
    throw new Error(`zone "${zone.id}": province ${zone.ubigeo} is outside ${zone.region}`)
  if (!booleanValid(geometry))
    throw new Error(`zone "${zone.id}": the clipped province is not valid`)
  return geometry
}
