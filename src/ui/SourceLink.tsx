/**
 * A source as a citation: publisher, title, date, linked when it has an https address. The check is
 * repeated here (the data check refuses other schemes) so no `javascript:` address can become a link.
 */
import type { Source } from '../../data/types.ts'
import { formatDate } from '../i18n/dates.ts'
import type { Lang } from '../i18n/lang.ts'

export function safeHref(url: string | null): string | undefined {
  return url?.startsWith('https://') ? url : undefined
}

export function SourceLink({ source, lang }: { source: Source; lang: Lang }) {
  const href = safeHref(source.url)
  const date = source.date ? `, ${formatDate(source.date, lang)}` : ''
  const text = (
    <>
      {source.publisher}, <q>{source.title}</q>
      {date}
    </>
  )
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" className="source-link">
      {text}
    </a>
  ) : (
    <span className="source-link">{text}</span>
  )
}
