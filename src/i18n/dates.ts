/**
 * Dates and numbers as each language writes them: formatDate('2022-12-15', 'es') →
 * '15 de diciembre de 2022'; formatPercent(89.265, 'es') → '89.3%'. ISO dates are calendar days,
 * formatted in UTC so no time zone moves them by a day.
 */
import type { Lang } from './lang.ts'

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

/**
 * A share in tenths of a percent, as Intl rounds it: from the shortest decimal that writes
 * `pct / 100` (1.45 / 100 is 0.014499999999999999: 14 tenths; 52.25 / 100 is 0.5225: 523), half
 * up, in decimal digits rather than in binary.
 */
function tenthsOf(pct: number): number {
  const x = String(pct / 100)
  if (x.includes('e')) return Math.round(pct * 10) // below 1e-4 % (or absurdly large): no half to settle
  const [int = '0', frac = ''] = x.split('.')
  const tenths = Number(int) * 1000 + Number(frac.padEnd(3, '0').slice(0, 3))
  return (frac[3] ?? '0') >= '5' ? tenths + 1 : tenths
}

/**
 * 89.265 → '89.3%', in both languages (es-PE writes a decimal point, as en-GB does): one decimal,
 * rounded half up, thousands grouped with commas. Written out, as the months are, rather than asked
 * of a first Intl.NumberFormat (12 ms of a region page's start at CPU ×4, loading its locale data);
 * tests/unit/dates.test.ts checks it against Intl.NumberFormat's percent style.
 */
export function formatPercent(pct: number, _lang: Lang): string {
  if (!Number.isFinite(pct)) return String(pct)
  const tenths = tenthsOf(Math.abs(pct))
  const whole = Math.floor(tenths / 10)
    .toString()
    .replace(/\B(?=(\d{3})+$)/g, ',')
  const sign = pct < 0 && tenths > 0 ? '-' : ''
  return `${sign}${whole}.${tenths % 10}%`
}
