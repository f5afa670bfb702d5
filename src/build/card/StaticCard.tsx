/**
 * The selection's card as the page's HTML carries it: the app's own card components
 * (SelectionCard's markup around ui/WholeCard.tsx), rendered at build time with their lazy parts
 * drawn at once. The app's live card replaces it (static-frame.js hands over), so the reader
 * reads the card from the first paint, not after the app's scripts have run.
 */
import type { Lang } from '../../i18n/lang.ts'
import type { Strings } from '../../i18n/strings.ts'
import { type Model, ModelContext } from '../../model/model.ts'
import { type CardSubject, WholeCard } from '../../ui/WholeCard.tsx'

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
        <WholeCard subject={subject} link={link} lang={lang} t={t} onOpenPlace={ignore} />
      </div>
    </ModelContext>
  )
}
