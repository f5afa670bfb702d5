/** The dates of what happened at a place, formatted for the language, as <time> elements. */
import { formatDate } from '../i18n/dates.ts'
import type { Lang } from '../i18n/lang.ts'

export function DateList({ dates, lang }: { dates: readonly string[]; lang: Lang }) {
  if (dates.length === 0) return null
  return (
    <p className="card-dates">
      {dates.map((date, i) => (
        <span key={date}>
          {i > 0 && ' · '}
          <time dateTime={date}>{formatDate(date, lang)}</time>
        </span>
      ))}
    </p>
  )
}
