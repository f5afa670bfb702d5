/**
 * Finds Turf's union and simplify in built JavaScript by strings of their own code that survive
 * minification (error messages): union is ~19 kB gzip with polyclip-ts and bignumber.js, and
 * geometry work belongs to build and test time (STYLE.md, pitfall 12). turf.test.ts proves each
 * marker is found in the package's source and in a minified bundle that imports it.
 */
export const TURF_MARKERS = {
  '@turf/union': [
    'Must have at least 2 geometries', // @turf/union
    'Tried to link already linked events', // polyclip-ts, its boolean-operations engine
    'Input geometry is not a valid Polygon or MultiPolygon', // polyclip-ts
  ],
  '@turf/simplify': [
    'invalid tolerance', // @turf/simplify
  ],
} as const

export type TurfPackage = keyof typeof TURF_MARKERS

/** The packages whose markers appear in `code`, with the first marker found. */
export function turfIn(code: string): { pkg: TurfPackage; marker: string }[] {
  const found: { pkg: TurfPackage; marker: string }[] = []
  for (const [pkg, markers] of Object.entries(TURF_MARKERS) as [TurfPackage, readonly string[]][]) {
    const marker = markers.find((m) => code.includes(m))
    if (marker) found.push({ pkg, marker })
  }
  return found
}
