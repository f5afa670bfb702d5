/**
 * The card of whatever the link selects: a region's (with what the article and the layers say
 * about it) or a place's, with its share link and a close button. It is placed beside the map
 * (the side panel on desktop, the bottom sheet on phones: SidePanel's card slot), never over it.
 * Closing it (its × button, Escape) removes the selection from the address; focus moves into it
 * when it opens and back when it closes.
 */
import { Suspense, useRef } from 'react'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { Selection } from '../model/selection.ts'
import { clearSelection, selectPlace } from '../state/actions.ts'
import { type UrlState, withRoute } from '../state/url.ts'
import { shareLink } from '../state/useUrlState.ts'
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx'
import { LazyCopyLinkButton, LazyPlaceCardBody, LazyRegionDetails } from '../ui/lazyCard.ts'
import { PlaceCard } from '../ui/PlaceCard.tsx'
import { RegionCard } from '../ui/RegionCard.tsx'
import { useCardFocus } from '../ui/useCardFocus.ts'

interface Props {
  selection: Selection
  selectionKey: string
  state: UrlState
  lang: Lang
  t: Strings
  onClose?: () => void // default: the address loses its region or place
}

/** True when the selection has a card (a region or a place that exists). */
export function hasCard(selection: Selection): boolean {
  return selection.kind === 'region' || selection.kind === 'place'
}

export function SelectionCard({ selection, selectionKey, state, lang, t, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  useCardFocus(ref, selectionKey)
  if (selection.kind !== 'region' && selection.kind !== 'place') return null
  const route =
    selection.kind === 'region'
      ? ({ kind: 'region', key: selection.region.slug } as const)
      : ({ kind: 'place', id: selection.entry.place.id } as const)
  const link = shareLink(withRoute(state, route))
  return (
    <div className="selection-card" ref={ref}>
      <button
        type="button"
        className="card-close"
        aria-label={t.closeCard}
        onClick={onClose ?? clearSelection}
      >
        ×
      </button>
      <ErrorBoundary key={selectionKey} name="card" message={t.panelFailed} reloadLabel={t.reload}>
        {selection.kind === 'region' ? (
          <RegionCard region={selection.region} lang={lang} t={t}>
            <Suspense fallback={null}>
              <LazyRegionDetails
                iso={selection.region.iso}
                lang={lang}
                t={t}
                onOpenPlace={selectPlace}
              />
              <LazyCopyLinkButton link={link} t={t} />
            </Suspense>
          </RegionCard>
        ) : (
          <PlaceCard entry={selection.entry} lang={lang} t={t}>
            <Suspense fallback={null}>
              <LazyPlaceCardBody entry={selection.entry} lang={lang} t={t} link={link} />
            </Suspense>
          </PlaceCard>
        )}
      </ErrorBoundary>
    </div>
  )
}
