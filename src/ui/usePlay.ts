/**
 * Play for the timeline: steps a controlled date through the days, one every STEP_MS.
 *
 * Play starts from the current date, or at the first day (at once) when no date is chosen or the
 * last day is already showing; it stops on the last day and keeps it, or when the date is cleared
 * from outside (Back to a link without `?date=`). The interval is cleared when
 * paused and on unmount. The step is an effect event, so it reads the latest date and onChange
 * without restarting the interval: a parent that re-renders on every map move (the URL hash) would
 * otherwise keep pushing the next step back.
 */
import { useEffect, useEffectEvent, useState } from 'react'
import { nextDay } from '../model/timeline.ts'

export const STEP_MS = 1200 // one day every 1.2 s: time to see the day's places appear

export interface Play {
  playing: boolean
  toggle: () => void // play or pause
  stop: () => void
}

export function usePlay(
  days: readonly string[],
  value: string | null,
  onChange: (date: string) => void,
): Play {
  const [playing, setPlaying] = useState(false)

  const step = useEffectEvent(() => {
    const next = value === null ? null : nextDay(days, value) // null: cleared from outside (Back)
    if (next !== null) onChange(next)
    if (next === null || nextDay(days, next) === null) setPlaying(false)
  })

  useEffect(
    function stepWhilePlaying() {
      if (!playing) return
      const timer = setInterval(step, STEP_MS)
      return () => clearInterval(timer)
    },
    [playing],
  )

  function toggle() {
    if (playing) return setPlaying(false)
    const start = value !== null && nextDay(days, value) !== null ? value : days[0]
    if (start === undefined) return // no days: nothing to play
    if (start !== value) onChange(start)
    setPlaying(nextDay(days, start) !== null)
  }

  return { playing, toggle, stop: () => setPlaying(false) }
}
