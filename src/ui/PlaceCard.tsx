/**
 * What the card says about a place: its kind and name, when, what happened there, the article's
 * words, the other facts with their sources, whether its location is approximate, and its link.
 */
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { PlaceEntry } from '../model/story.ts'
import { CopyLinkButton } from './CopyLinkButton.tsx'
import { DateList } from './DateList.tsx'
import { FactList } from './FactList.tsx'
import { QuoteBlock } from './QuoteBlock.tsx'

interface Props {
  entry: PlaceEntry
  lang: Lang
  t: Strings
  link: string
}

export function PlaceCard({ entry, lang, t, link }: Props) {
  const { place } = entry
  const titleId = `card-title-${place.id}`
  return (
    <article className={`card card-${place.layer}`} aria-labelledby={titleId} lang={lang}>
      <p className="card-kind">
        {t[`kind_${place.kind}`]}
        {!place.named_in_article && <span className="badge">{t.notNamedInArticle}</span>}
      </p>
      <h2 className="card-title" id={titleId} tabIndex={-1}>
        {place.name[lang]}
      </h2>
      <DateList dates={place.dates} lang={lang} />
      {place.approximate && (
        <p className="card-approximate">
          <strong>{t.approximateLocation}:</strong> {place.approximate[lang]}
        </p>
      )}
      <p className="card-description">{place.description[lang]}</p>
      {entry.quotes.map((quote) => (
        <QuoteBlock key={quote.id} quote={quote} lang={lang} t={t} />
      ))}
      <FactList ids={place.facts} lang={lang} t={t} />
      <CopyLinkButton link={link} t={t} />
    </article>
  )
}
