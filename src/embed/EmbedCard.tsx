/**
 * The selection's card in the embed: the full site's card components, in an overlay of the
 * embed's own over the map (not a Leaflet popup). On small frames it starts folded to its title
 * bar, so the map stays visible; the reader unfolds it.
 */
import { useState } from 'react'
import type { Lang } from '../i18n/lang.ts'
import { SHARE_STRINGS } from '../i18n/shareStrings.ts'
import type { Strings } from '../i18n/strings.ts'
import type { Selection } from '../model/selection.ts'
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx'
import { WholeCard } from '../ui/WholeCard.tsx'

const OPEN_FROM = 560 // px of frame width: below it the card starts folded

interface Props {
  selection: Selection
  link: string // the selection's full page
  lang: Lang
  t: Strings
  onClose: () => void
  onOpenPlace: (id: string) => void
}

export function EmbedCard({ selection, link, lang, t, onClose, onOpenPlace }: Props) {
  const [open, setOpen] = useState(() => window.innerWidth >= OPEN_FROM)
  const s = SHARE_STRINGS[lang]
  if (selection.kind !== 'region' && selection.kind !== 'place') return null
  const name =
    selection.kind === 'region' ? selection.region.name[lang] : selection.entry.place.name[lang]
  return (
    <section className="embed-card" aria-label={name}>
      <div className="embed-card-bar">
        <button
          type="button"
          className="embed-card-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {name}
        </button>
        <button type="button" className="embed-card-close" onClick={onClose}>
          {s.close}
        </button>
      </div>
      {open && (
        <div className="embed-card-body">
          <ErrorBoundary name="card" message={t.panelFailed} reloadLabel={t.reload}>
            <WholeCard
              subject={selection}
              link={link}
              lang={lang}
              t={t}
              onOpenPlace={onOpenPlace}
            />
          </ErrorBoundary>
        </div>
      )}
    </section>
  )
}
