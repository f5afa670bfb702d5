/**
 * Deterministic GeoJSON text: members in a fixed order, one feature per line so diffs stay
 * readable, a trailing newline. Callers build every object with its keys in the order wanted;
 * JSON.stringify keeps insertion order, so the same input always gives the same bytes.
 */

/**
 * @param {Record<string, unknown>} members foreign members after `type`, e.g. `{ source }`
 * @param {object[]} features
 */
export function collectionText(members, features) {
  const head = JSON.stringify({ type: 'FeatureCollection', ...members })
  const body = features.map((f) => JSON.stringify(f)).join(',\n')
  return `${head.slice(0, -1)},"features":[\n${body}\n]}\n`
}

/** @param {unknown} value */
export function jsonText(value) {
  return `${JSON.stringify(value, null, 2)}\n`
}
