/**
 * The deaths total at the end of the timeline bar: "21 killed · 16 Dec", the people dead by the end
 * of the chosen day, the same people the deaths markers show (model/deathsTally.ts). Screen readers
 * get the whole sentence with the full date: "21 people killed by the end of 16 December 2022".
 */
import { formatDate } from '../i18n/dates.ts'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { DeathsTally } from '../model/deathsTally.ts'

export function TimelineDeaths({ tally, lang, t }: { tally: DeathsTally; lang: Lang; t: Strings }) {
  const label = tally.asOf
    ? format(t.timelineDeathsAsOf, {
        count: String(tally.count),
        date: formatDate(tally.asOf, lang),
      })
    : format(t.timelineDeaths, { count: String(tally.count) })
  return (
    <p className="timeline-deaths" data-count={tally.count} data-as-of={tally.asOf ?? ''}>
      <span aria-hidden="true">
        <strong>{tally.count}</strong> {t.timelineDeathsShort}
        {tally.asOf && (
          <>
            {' · '}
            <time dateTime={tally.asOf}>{formatDate(tally.asOf, lang, true)}</time>
          </>
        )}
      </span>
      <span className="visually-hidden">{label}</span>
    </p>
  )
}
