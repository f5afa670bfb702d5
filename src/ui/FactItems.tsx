/**
 * The facts themselves, once they have loaded (FactList.tsx shows "loading" until then): each with
 * its sources, its "as of" date and, when it is not high, its confidence. Its own chunk, loaded
 * with the facts: the first view does not need it.
 */
import { formatDate } from '../i18n/dates.ts'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { Details } from '../model/details.ts'
import { SourceLink } from './SourceLink.tsx'

interface Props {
  ids: readonly string[]
  details: Details
  lang: Lang
  t: Strings
}

export function FactItems({ ids, details, lang, t }: Props) {
  const facts = ids.flatMap((id) => details.fact(id) ?? [])
  return (
    <ul className="fact-list">
      {facts.map((fact) => {
        const sources = fact.sources.flatMap((id) => details.source(id) ?? [])
        return (
          <li key={fact.id} className={`fact confidence-${fact.confidence}`}>
            <span className="fact-text">{fact.text[lang]}</span>
            {fact.asOf && (
              <span className="fact-asof">
                {' '}
                ({format(t.asOf, { date: formatDate(fact.asOf, lang) })})
              </span>
            )}
            {fact.confidence !== 'high' && (
              <span className="fact-confidence"> [{t[`confidence_${fact.confidence}`]}]</span>
            )}
            {sources.length > 0 && (
              <span className="fact-sources">
                {' '}
                {sources.length > 1 ? t.sourcesLabel : t.sourceLabel}:{' '}
                {sources.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && '; '}
                    <SourceLink source={s} lang={lang} />
                  </span>
                ))}
              </span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
