/**
 * One day of the timeline: a toggle button showing the short date ("15 dic.", "15 Dec") as a
 * <time>, named by the full date for screen readers. Its state drives the look: days up to the
 * chosen one are filled (their places are on the map), later days dimmed.
 */
import type { KeyboardEvent } from 'react'
import { formatDate } from '../i18n/dates.ts'
import type { Lang } from '../i18n/lang.ts'

/** shown: on the map (or no date chosen); current: the chosen day; after: not yet on the map. */
export type DayState = 'shown' | 'current' | 'after'

export function dayState(day: string, value: string | null): DayState {
  if (value === null || day < value) return 'shown'
  return day === value ? 'current' : 'after'
}

interface TimelineDayProps {
  day: string
  value: string | null
  lang: Lang
  onSelect: (day: string) => void
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, day: string) => void
}

export function TimelineDay({ day, value, lang, onSelect, onKeyDown }: TimelineDayProps) {
  return (
    <button
      type="button"
      className="timeline-day"
      data-day={day}
      data-state={dayState(day, value)}
      aria-pressed={day === value}
      aria-label={formatDate(day, lang)}
      onClick={() => onSelect(day)}
      onKeyDown={(event) => onKeyDown(event, day)}
    >
      <time dateTime={day}>{formatDate(day, lang, true)}</time>
    </button>
  )
}
