/**
 * One day of the timeline: a toggle button showing the short date ("15 dic.", "15 Dec") as a
 * <time>, followed by the year for screen readers only, so its accessible name ("15 Dec 2022",
 * "15 dic. 2022") begins with the visible text (WCAG 2.5.3, label in name: a voice user says
 * "click 15 Dec"). Its state drives the look: days up to the
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
      onClick={() => onSelect(day)}
      onKeyDown={(event) => onKeyDown(event, day)}
    >
      <time dateTime={day}>{formatDate(day, lang, true)}</time>
      <span className="visually-hidden"> {day.slice(0, 4)}</span>
    </button>
  )
}
