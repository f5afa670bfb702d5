/**
 * The popup of whatever the link selects: a region's card (with what the article and the layers
 * say about it) or a place's card, at the selection's anchor, with its share link.
 */
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { Selection } from '../model/selection.ts'
import { clearSelection, selectPlace } from '../state/actions.ts'
import { type UrlState, withRoute } from '../state/url.ts'
import { shareLink } from '../state/useUrlState.ts'
import { PlaceCard } from '../ui/PlaceCard.tsx'
import { RegionCard } from '../ui/RegionCard.tsx'
import { RegionDetails } from '../ui/RegionDetails.tsx'
import { SelectionPopup } from './SelectionPopup.tsx'

interface Props {
  selection: Selection
  selectionKey: string
  state: UrlState
  autoPan: boolean
  lang: Lang
  t: Strings
}

export function SelectionCard({ selection, selectionKey, state, autoPan, lang, t }: Props) {
  if (selection.kind !== 'region' && selection.kind !== 'place') return null
  const route =
    selection.kind === 'region'
      ? ({ kind: 'region', key: selection.region.slug } as const)
      : ({ kind: 'place', id: selection.entry.place.id } as const)
  const link = shareLink(withRoute(state, route))
  return (
    <SelectionPopup
      position={selection.kind === 'region' ? selection.region.anchor : selection.entry.anchor}
      selectionKey={selectionKey}
      onClose={clearSelection}
      autoPan={autoPan}
      t={t}
    >
      {selection.kind === 'region' ? (
        <RegionCard region={selection.region} lang={lang} t={t} link={link}>
          <RegionDetails iso={selection.region.iso} lang={lang} t={t} onOpenPlace={selectPlace} />
        </RegionCard>
      ) : (
        <PlaceCard entry={selection.entry} lang={lang} t={t} link={link} />
      )}
    </SelectionPopup>
  )
}
