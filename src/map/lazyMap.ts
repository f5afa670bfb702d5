/**
 * React.lazy handles on the after-first-paint chunk (afterFirstPaint.ts). React.lazy wants
 * default exports; these adapt the named ones.
 */
import { lazy } from 'react'

const chunk = () => import('./afterFirstPaint.ts')

export const LazyMapLegend = lazy(() => chunk().then((m) => ({ default: m.MapLegend })))
export const LazyMapTools = lazy(() => chunk().then((m) => ({ default: m.MapTools })))
export const LazySpreader = lazy(() => chunk().then((m) => ({ default: m.Spreader })))
export const LazySvgPatterns = lazy(() => chunk().then((m) => ({ default: m.SvgPatterns })))
export const LazyRegionLabels = lazy(() => chunk().then((m) => ({ default: m.RegionLabels })))
export const LazyDetailLayer = lazy(() => chunk().then((m) => ({ default: m.DetailLayer })))
