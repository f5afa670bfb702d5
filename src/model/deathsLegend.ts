/**
 * The deaths legend's text and size key, pure, for the Layers tab (ui/DeathsLegend.tsx) and for an
 * on-map legend: what the layer counts, by the end of which day, and how big a circle is for how
 * many people. For 16 December 2022, in English:
 *
 *   count:  '21 people killed by the end of 16 December 2022'
 *   what:   '19 killed in clashes, as listed in the Defensoría del Pueblo register, and 2 deaths
 *            linked to road blockades'
 *   later:  null (on 21 December or with no day chosen: 'Includes deaths after the article’s date
 *            (16 December 2022): 17, 19 and 21 December 2022')
 *   sizes:  [{ people: 1, radius: 9.5, label: '1 person' }, { people: 3, … }, { people: 8, … }]
 *
 * Every figure comes from the places' dated timelines (data/types.ts), so the legend, the markers
 * and the total beside the timeline always agree.
 */
import type { PersonDates } from '../../data/types.ts'
import { formatDate } from '../i18n/dates.ts'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { deathsRadius } from './deathsRadius.ts'
import type { DatedPlace } from './timeline.ts'

export { deathsRadius }

const ARTICLE_DATE = '2022-12-16' // the article's date: later deaths are named as later
const SIZE_STEPS = [1, 3] // people; the key ends with the largest place in the data

export interface SizeStep {
  people: number
  radius: number // pixels
  label: string
}

export interface DeathsLegendText {
  count: string
  what: string
  later: string | null
  asOf: string | null // ISO date
  sizes: SizeStep[]
}

function peopleBy(places: readonly DatedPlace[], date: string | null): PersonDates[] {
  return places.flatMap((place) =>
    place.timeline?.kind === 'deaths'
      ? place.timeline.people.filter((p) => date === null || p.died <= date)
      : [],
  )
}

/** '17, 19 and 21 December 2022' / '17, 19 y 21 de diciembre de 2022' (same month and year). */
function dayList(days: string[], lang: Lang, t: Strings): string {
  const last = days.at(-1) as string
  const sameMonth = days.every((d) => d.slice(0, 7) === last.slice(0, 7))
  const full = formatDate(last, lang)
  if (!sameMonth || days.length === 1) return days.map((d) => formatDate(d, lang)).join(', ')
  const heads = days.slice(0, -1).map((d) => String(Number(d.slice(8))))
  return `${heads.join(', ')} ${t.deathsLegendAnd} ${full}`
}

export function deathsLegend(
  places: readonly DatedPlace[],
  date: string | null,
  lang: Lang,
  t: Strings,
): DeathsLegendText {
  const people = peopleBy(places, date)
  const asOf =
    date ??
    people
      .map((p) => p.died)
      .sort()
      .at(-1) ??
    null
  const blockade = people.filter((p) => p.cause === 'blockade').length
  const count = asOf
    ? format(t.timelineDeathsAsOf, { count: String(people.length), date: formatDate(asOf, lang) })
    : format(t.timelineDeaths, { count: String(people.length) })
  const what = format(t.deathsLegendWhat, {
    clash: String(people.length - blockade),
    blockade: String(blockade),
  })
  const laterDays = [...new Set(people.map((p) => p.died).filter((d) => d > ARTICLE_DATE))].sort()
  const later = laterDays.length
    ? format(t.deathsLegendLater, {
        article: formatDate(ARTICLE_DATE, lang),
        dates: dayList(laterDays, lang, t),
      })
    : null
  const largest = Math.max(
    1,
    ...places.map((p) => (p.timeline?.kind === 'deaths' ? p.timeline.people.length : 0)),
  )
  const steps = [...new Set([...SIZE_STEPS.filter((n) => n < largest), largest])]
  const sizes = steps.map((n) => ({
    people: n,
    radius: deathsRadius(n),
    label: format(n === 1 ? t.deathsLegendOne : t.deathsLegendMany, { count: String(n) }),
  }))
  return { count, what, later, asOf, sizes }
}
