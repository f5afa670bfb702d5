/**
 * The date strip over the bottom of the map: "All dates", Play/Pause, then one button per day
 * (7–16 December 2022, then the later days). Choosing a day shows what had happened by then; the
 * parent keeps the date in the link (`?date=`) and filters places with isPlaceShownAt; the deaths
 * total for the day sits at the end of the bar. The page's one live region (ui/Announcer.tsx)
 * says what the map shows, so a screen reader hears each step of play.
 *
 *   <Timeline days={timelineDays(dates)} value={state.date} lang={lang} t={t} onChange={setDate} />
 */
import { useMemo } from 'react'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { DeathsTally } from '../model/deathsTally.ts'
import { TimelineDeaths } from './TimelineDeaths.tsx'
import { TimelineStrip } from './TimelineStrip.tsx'
import { usePlay } from './usePlay.ts'
import './timeline.css'

export interface TimelineProps {
  days: { readonly main: readonly string[]; readonly later: readonly string[] }
  value: string | null // the chosen ISO date; null: all dates
  deaths?: DeathsTally // the people dead by the end of the chosen day, stated beside the strip
  lang: Lang
  t: Strings
  onChange: (date: string | null) => void
}

export function Timeline({ days, value, deaths, lang, t, onChange }: TimelineProps) {
  const { main, later } = days
  const all = useMemo(() => [...main, ...later], [main, later])
  const { playing, toggle, stop } = usePlay(all, value, onChange)
  const playLabel = playing ? t.timelinePause : t.timelinePlay

  /** A date chosen by hand (a day, its arrow keys, All dates) takes over from play. */
  function choose(date: string | null) {
    stop()
    onChange(date)
  }

  return (
    <fieldset className="timeline" aria-label={t.timelineLabel}>
      <button
        type="button"
        className="timeline-all"
        aria-pressed={value === null}
        onClick={() => choose(null)}
      >
        {t.timelineAll}
      </button>
      <button
        type="button"
        className="timeline-play"
        aria-label={playLabel}
        title={playLabel}
        onClick={toggle}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path fill="currentColor" d={playing ? 'M3 2h4v12H3zM9 2h4v12H9z' : 'M4 2l10 6-10 6z'} />
        </svg>
      </button>
      <TimelineStrip {...{ main, later, value, lang, t }} onSelect={choose} />
      {deaths && <TimelineDeaths tally={deaths} lang={lang} t={t} />}
    </fieldset>
  )
}
