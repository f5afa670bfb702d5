/**
 * React.lazy handles on the card's parts that can follow its title: a region's details and the
 * copy-link button. They keep the initial script within its budget (tests/build/budget.test.ts:
 * the on-map legend and tools of issue 12 took the last kilobyte); the title, which takes the
 * focus when a card opens (useCardFocus.ts), is drawn at once.
 */
import { lazy } from 'react'

export const LazyRegionDetails = lazy(() =>
  import('./RegionDetails.tsx').then((m) => ({ default: m.RegionDetails })),
)
export const LazyCopyLinkButton = lazy(() =>
  import('./CopyLinkButton.tsx').then((m) => ({ default: m.CopyLinkButton })),
)
export const LazyPlaceCardBody = lazy(() =>
  import('./PlaceCardBody.tsx').then((m) => ({ default: m.PlaceCardBody })),
)
