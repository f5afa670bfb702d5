/**
 * Facts from outside the article, each with its sources, its "as of" date and, when it is not
 * high, its confidence. The facts load after the first view: until then it says they are loading.
 */
import { formatDate } from '../i18n/dates.ts'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { useDetails } from '../model/details.ts'
import { SourceLink } from './SourceLink.tsx'

interface Props {
  ids: readonly string[]
  lang: Lang
  t: Strings
}

export function FactList({ ids, lang, t }: Props) {
  const details = useDetails()
  if (ids.length === 0) return null
  if (!details) {
    return (
      <p className="fact-loading" role="status">
        {t.loadingDetails}
      </p>
    )
  }
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
