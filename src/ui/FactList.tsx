/** Facts from outside the article, each with its sources, its "as of" date and, when it is not
 * high, its confidence. */
import type { Fact } from '../../data/types.ts'
import { formatDate } from '../i18n/dates.ts'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { useModel } from '../model/model.ts'
import { SourceLink } from './SourceLink.tsx'

interface Props {
  facts: readonly Fact[]
  lang: Lang
  t: Strings
}

export function FactList({ facts, lang, t }: Props) {
  const { story } = useModel()
  if (facts.length === 0) return null
  return (
    <ul className="fact-list">
      {facts.map((fact) => {
        const sources = fact.sources.flatMap((id) => story.source(id) ?? [])
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
