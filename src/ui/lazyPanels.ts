/**
 * The panels and cards that are not needed before the map can start, each loaded on first use as
 * its own chunk: the initial JavaScript stays within its budget (130 KB gzip, tests/build), and the
 * map draws without waiting for them. React.lazy wants default exports; these adapt the named ones.
 */
import { lazy } from 'react'

export const LazyArticlePanel = lazy(() =>
  import('./ArticlePanel.tsx').then((m) => ({ default: m.ArticlePanel })),
)
export const LazyPlaceList = lazy(() =>
  import('./PlaceList.tsx').then((m) => ({ default: m.PlaceList })),
)
export const LazyPlaceCard = lazy(() =>
  import('./PlaceCard.tsx').then((m) => ({ default: m.PlaceCard })),
)
export const LazyRegionDetails = lazy(() =>
  import('./RegionDetails.tsx').then((m) => ({ default: m.RegionDetails })),
)
