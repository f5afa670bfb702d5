/**
 * Dates and numbers as each language writes them: formatDate('2022-12-15', 'es') →
 * '15 de diciembre de 2022'; formatPercent(89.265, 'es') → '89,3 %'. ISO dates are calendar days,
 * formatted in UTC so no time zone moves them by a day.
 */
import type { Lang } from './lang.ts'

const LOCALES: Record<Lang, string> = { es: 'es-PE', en: 'en-GB' }

// The months as es-PE and en-GB write them (Intl's own words: 'setiembre' in Peru, 'Sept' in
// British English; tests/unit/dates.test.ts checks them against Intl.DateTimeFormat). Written out
// rather than asked of Intl: the first Intl.DateTimeFormat of a page loads the locale's calendar
// data, 16-36 ms of a region page's start on a phone-speed CPU (a trace of /region/ayacucho/
// at CPU ×4), in the task that draws the legend and the timeline.
const MONTHS: Record<Lang, { long: readonly string[]; short: readonly string[] }> = {
  es: {
    long: 'enero febrero marzo abril mayo junio julio agosto setiembre octubre noviembre diciembre'.split(
      ' ',
    ),
    short: 'ene. feb. mar. abr. may. jun. jul. ago. set. oct. nov. dic.'.split(' '),
  },
  en: {
    long: 'January February March April May June July August September October November December'.split(
      ' ',
    ),
    short: 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' '),
  },
}

/** '2022-12-15' → '15 de diciembre de 2022' / '15 December 2022'; short: '15 dic.' / '15 Dec'; anything but a calendar day as it came. */
export function formatDate(iso: string, lang: Lang, short = false): string {
  // A calendar day only: '2022-12' is not a day, and is not written as 1 December.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null
  if (!date || Number.isNaN(date.getTime())) return iso
  const day = date.getUTCDate()
  const months = MONTHS[lang]
  if (short) return `${day} ${months.short[date.getUTCMonth()]}`
  const month = months.long[date.getUTCMonth()]
  const year = date.getUTCFullYear()
  return lang === 'es' ? `${day} de ${month} de ${year}` : `${day} ${month} ${year}`
}

// One formatter per language: building one costs ~1 ms, and a trace of /region/ayacucho/ spent
// 29 ms on a new one per call.
const PERCENT_FORMATS = new Map<Lang, Intl.NumberFormat>()

export function formatPercent(pct: number, lang: Lang): string {
  let format = PERCENT_FORMATS.get(lang)
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], {
      style: 'percent',
      maximumFractionDigits: 1,
      minimumFractionDigits: 1,
    })
    PERCENT_FORMATS.set(lang, format)
  }
  return format.format(pct / 100)
}
