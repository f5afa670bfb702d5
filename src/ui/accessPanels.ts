/**
 * The accessibility features, loaded as one chunk after the first paint (rendered inside
 * Suspense): the map's name and its arrow keys, the map in words, the announcements, the keys'
 * help and the skip link's behaviour (ExplorerAccess), and the regions' table (the Table tab).
 * The initial JavaScript stays within its budget (130 KB gzip, tests/build): main left 0.2 KB.
 */
import { lazy } from 'react'

const load = () => import('./access.ts')
export const LazyExplorerAccess = lazy(() => load().then((m) => ({ default: m.ExplorerAccess })))
export const LazyRegionTable = lazy(() => load().then((m) => ({ default: m.RegionTable })))
