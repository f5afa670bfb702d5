/**
 * Everything the article and the layers say about one region, for its card: the article's words,
 * Castillo's 2021 run-off share, and the places on the map in the region (each opens its card).
 */
import { formatPercent } from '../i18n/dates.ts'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { useModel } from '../model/model.ts'
import { QuoteBlock } from './QuoteBlock.tsx'

interface Props {
  iso: string
  lang: Lang
  t: Strings
  onOpenPlace: (id: string) => void
}

export function RegionDetails({ iso, lang, t, onOpenPlace }: Props) {
  const { story } = useModel()
  const quotes = story.quotesForRegion(iso)
  const places = story.inRegion(iso)
  const pct = story.runoff.get(iso)
  if (quotes.length === 0 && places.length === 0 && pct === undefined) {
    return <p className="card-empty">{t.nothingYet}</p>
  }
  return (
    <div className="region-details">
      {pct !== undefined && (
        <p className="card-runoff">{format(t.runoffShare, { pct: formatPercent(pct, lang) })}</p>
      )}
      {quotes.length > 0 && (
        <section>
          <h3 className="card-subheading">{t.articleSays}</h3>
          {quotes.map((quote) => (
            <QuoteBlock key={quote.id} quote={quote} lang={lang} t={t} />
          ))}
        </section>
      )}
      {places.length > 0 && (
        <section>
          <h3 className="card-subheading">{t.inThisRegion}</h3>
          <ul className="region-places">
            {places.map(({ place }) => (
              <li key={place.id}>
                <span className={`swatch place-dot-${place.layer}`} aria-hidden="true" />
                <button type="button" className="link-button" onClick={() => onOpenPlace(place.id)}>
                  {place.name[lang]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
