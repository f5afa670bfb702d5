/**
 * What a link's route selects: a region, nothing, or a key that names nothing (the app shows a
 * "not found" notice over the whole of Peru). Place routes are resolved by the place model.
 */
import type { Route } from '../state/url.ts'
import type { Region, RegionIndex } from './regions.ts'

export type Selection =
  | { kind: 'none' }
  | { kind: 'region'; region: Region; canonical: boolean }
  | { kind: 'not-found'; key: string }

/** A link's path as the reader typed it (percent-decoded where it can be), shown only as text. */
function decodeForDisplay(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

export const NO_SELECTION: Selection = { kind: 'none' }

export function selectionOf(route: Route, regions: RegionIndex): Selection {
  switch (route.kind) {
    case 'home':
      return NO_SELECTION
    case 'region': {
      const region = regions.resolve(route.key)
      if (!region) return { kind: 'not-found', key: route.key }
      return { kind: 'region', region, canonical: route.key === region.slug }
    }
    case 'place':
      return { kind: 'not-found', key: route.id }
    case 'unknown':
      return { kind: 'not-found', key: decodeForDisplay(route.path) }
  }
}
