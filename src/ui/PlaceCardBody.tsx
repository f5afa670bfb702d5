/**
 * A place's card below its title: dates, the approximate location, the description, the article's
 * quotes, the facts and the share link. It loads just after the title (ui/lazyCard.ts).
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

export function PlaceCardBody({ entry, lang, t, link }: Props) {
  const { place } = entry
  return (
    <>
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
    </>
  )
}
