/**
 * A region's or a place's card with all its parts drawn at once: RegionCard with RegionDetails and
 * the CopyLinkButton, PlaceCard with PlaceCardBody. The embed's card (embed/EmbedCard.tsx) and the
 * page's static card (build/card/) draw it; the app's side panel draws the same parts lazily
 * (map/SelectionCard.tsx), to keep them out of the initial JavaScript.
 */
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { Region } from '../model/regions.ts'
import type { PlaceEntry } from '../model/story.ts'
import { CopyLinkButton } from './CopyLinkButton.tsx'
import { PlaceCard } from './PlaceCard.tsx'
import { PlaceCardBody } from './PlaceCardBody.tsx'
import { RegionCard } from './RegionCard.tsx'
import { RegionDetails } from './RegionDetails.tsx'

export type CardSubject = { kind: 'region'; region: Region } | { kind: 'place'; entry: PlaceEntry }

interface Props {
  subject: CardSubject
  link: string // the share link the card copies
  lang: Lang
  t: Strings
  onOpenPlace: (id: string) => void
}

export function WholeCard({ subject, link, lang, t, onOpenPlace }: Props) {
  if (subject.kind === 'region') {
    return (
      <RegionCard region={subject.region} lang={lang} t={t}>
        <RegionDetails iso={subject.region.iso} lang={lang} t={t} onOpenPlace={onOpenPlace} />
        <CopyLinkButton link={link} t={t} />
      </RegionCard>
    )
  }
  return (
    <PlaceCard entry={subject.entry} lang={lang} t={t}>
      <PlaceCardBody entry={subject.entry} lang={lang} t={t} link={link} />
    </PlaceCard>
  )
}
