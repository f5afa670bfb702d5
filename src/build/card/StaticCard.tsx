/**
 * The selection's card as the page's HTML carries it: the app's own card components
 * (SelectionCard's markup: RegionCard with RegionDetails and the CopyLinkButton, PlaceCard with
 * PlaceCardBody), rendered
 * at build time in Spanish with their lazy parts drawn at once. The app's live card replaces it
 * (static-frame.js hands over), so the reader reads the card from the first paint, not after the
 * app's scripts have run.
 */
import type { Lang } from '../../i18n/lang.ts'
import type { Strings } from '../../i18n/strings.ts'
import { type Model, ModelContext } from '../../model/model.ts'
import type { Region } from '../../model/regions.ts'
import type { PlaceEntry } from '../../model/story.ts'
import { CopyLinkButton } from '../../ui/CopyLinkButton.tsx'
import { PlaceCard } from '../../ui/PlaceCard.tsx'
import { PlaceCardBody } from '../../ui/PlaceCardBody.tsx'
import { RegionCard } from '../../ui/RegionCard.tsx'
import { RegionDetails } from '../../ui/RegionDetails.tsx'

export type CardSubject = { kind: 'region'; region: Region } | { kind: 'place'; entry: PlaceEntry }

interface Props {
  subject: CardSubject
  model: Model
  link: string // the page's share link
  lang: Lang
  t: Strings
}

function ignore() {}

export function StaticCard({ subject, model, link, lang, t }: Props) {
  return (
    <ModelContext value={model}>
      <div className="selection-card">
        <button type="button" className="card-close" aria-label={t.closeCard}>
          ×
        </button>
        {subject.kind === 'region' ? (
          <RegionCard region={subject.region} lang={lang} t={t}>
            <RegionDetails iso={subject.region.iso} lang={lang} t={t} onOpenPlace={ignore} />
            <CopyLinkButton link={link} t={t} />
          </RegionCard>
        ) : (
          <PlaceCard entry={subject.entry} lang={lang} t={t}>
            <PlaceCardBody entry={subject.entry} lang={lang} t={t} link={link} />
          </PlaceCard>
        )}
      </div>
    </ModelContext>
  )
}
