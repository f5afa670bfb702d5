/**
 * The timeline's row of days: the article's window, then the later days after a gap labelled
 * "Later" (a nested fieldset named by that label, so screen readers announce it too). It scrolls
 * sideways when narrow (14 days need ~860 px; a 390 px phone leaves ~245) and centres the chosen
 * day by setting its own scrollLeft: scrollIntoView would also scroll the map's overflow-hidden
 * container. Left/Right move focus and the choice to the previous/next day, Home/End to the
 * first/last; each button stays in the Tab order.
 */
import { type KeyboardEvent, useEffect, useId, useRef } from 'react'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { TimelineDay } from './TimelineDay.tsx'

interface TimelineStripProps {
  main: readonly string[]
  later: readonly string[]
  value: string | null
  lang: Lang
  t: Strings
  onSelect: (day: string) => void
}

const KEY_STEPS: Record<string, (index: number, last: number) => number> = {
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowRight: (i, last) => Math.min(last, i + 1),
  Home: () => 0,
  End: (_, last) => last,
}

/** The scrollLeft that centres [left, left + width) in a view of viewWidth (the browser clamps
 * it), so the days on both sides of the chosen one stay in sight on a phone. */
function scrollToCentre(left: number, width: number, viewWidth: number): number {
  return Math.round(left + width / 2 - viewWidth / 2)
}

function dayButton(strip: HTMLElement | null, day: string): HTMLButtonElement | null {
  return strip?.querySelector<HTMLButtonElement>(`[data-day="${day}"]`) ?? null
}

export function TimelineStrip({ main, later, value, lang, t, onSelect }: TimelineStripProps) {
  const stripRef = useRef<HTMLDivElement>(null)
  const laterId = useId()

  useEffect(
    function centreChosenDay() {
      const strip = stripRef.current
      const button = value === null ? null : dayButton(strip, value)
      if (!strip || !button) return // the strip is the buttons' offsetParent (position: relative)
      strip.scrollLeft = scrollToCentre(button.offsetLeft, button.offsetWidth, strip.clientWidth)
    },
    [value],
  )

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, day: string) {
    const move = KEY_STEPS[event.key]
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault() // the strip must not scroll by itself: it centres the chosen day
    const days = [...main, ...later]
    const target = days[move(days.indexOf(day), days.length - 1)]
    if (target === undefined || target === day) return
    dayButton(stripRef.current, target)?.focus({ preventScroll: true })
    onSelect(target)
  }

  const renderDay = (day: string) => (
    <TimelineDay key={day} {...{ day, value, lang, onSelect, onKeyDown }} />
  )
  return (
    <div className="timeline-strip" ref={stripRef}>
      {main.map(renderDay)}
      {later.length > 0 && (
        <fieldset className="timeline-later" aria-labelledby={laterId}>
          <span className="timeline-later-label" id={laterId}>
            {t.timelineLater}
          </span>
          {later.map(renderDay)}
        </fieldset>
      )}
    </div>
  )
}
