/**
 * What a link's route selects: a region, a place, nothing, or a key that names nothing (the app
 * shows a "not found" notice over the whole of Peru).
 */
import type { Route } from '../state/url.ts'
import type { Region, RegionIndex } from './regions.ts'
import type { PlaceEntry, Story } from './story.ts'

export type Selection =
  | { kind: 'none' }
  | { kind: 'region'; region: Region; canonical: boolean }
  | { kind: 'place'; entry: PlaceEntry }
  | { kind: 'not-found'; key: string; what: 'region' | 'place' | 'link' }

export const NO_SELECTION: Selection = { kind: 'none' }

/** A link's path as the reader typed it (percent-decoded where it can be), shown only as text. */
function decodeForDisplay(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

export function selectionOf(route: Route, regions: RegionIndex, story: Story): Selection {
  switch (route.kind) {
    case 'home':
      return NO_SELECTION
    case 'region': {
      const region = regions.resolve(route.key)
      if (!region) return { kind: 'not-found', key: route.key, what: 'region' }
      return { kind: 'region', region, canonical: route.key === region.slug }
    }
    case 'place': {
      const entry = story.byId(route.id) ?? story.byId(route.id.trim().toLowerCase())
      return entry ? { kind: 'place', entry } : { kind: 'not-found', key: route.id, what: 'place' }
    }
    case 'unknown':
      return { kind: 'not-found', key: decodeForDisplay(route.path), what: 'link' }
  }
}

/** The selection's key, for effects that must run when it changes ('' for none). */
export function selectionKey(selection: Selection): string {
  switch (selection.kind) {
    case 'region':
      return `region:${selection.region.iso}`
    case 'place':
      return `place:${selection.entry.place.id}`
    default:
      return ''
  }
}
