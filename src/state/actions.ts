/**
 * What the user can do to the share link. Each action reads the address at call time, so the
 * functions have a stable identity and never act on a stale state.
 */
import type { LayerId } from '../../data/types.ts'
import type { Lang, Route } from './url.ts'
import { withDate, withLang, withLayers, withRoute } from './url.ts'
import { navigate, readUrlState } from './useUrlState.ts'

/** Opens a region (pushes a history entry, so Back closes it). */
export function selectRegion(slug: string): void {
  navigate(withRoute(readUrlState(), { kind: 'region', key: slug }), 'push')
}

/** Opens a place (pushes a history entry, so Back closes it). */
export function selectPlace(id: string): void {
  navigate(withRoute(readUrlState(), { kind: 'place', id }), 'push')
}

/** Closes whatever is open: the address loses its region or place. */
export function clearSelection(): void {
  navigate(withRoute(readUrlState(), { kind: 'home' }), 'push')
}

/** Rewrites the address to the canonical form of the same route (no history entry). */
export function replaceRoute(route: Route): void {
  navigate(withRoute(readUrlState(), route), 'replace')
}

export function setLang(lang: Lang): void {
  navigate(withLang(readUrlState(), lang), 'replace')
}

/** Sets the timeline's day (`?date=`), or clears it to show every date. */
export function setDate(date: string | null): void {
  navigate(withDate(readUrlState(), date), 'replace')
}

export function setLayers(layers: readonly LayerId[]): void {
  navigate(withLayers(readUrlState(), layers), 'replace')
}
