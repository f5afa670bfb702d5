/**
 * formatDate and formatPercent write dates and shares themselves (src/i18n/dates.ts) instead of building an
 * Intl.DateTimeFormat on the page's start: it must write every day as Intl does for es-PE and
 * en-GB, long and short, and leave what is not a date as it was.
 */
import { describe, expect, it } from 'vitest'
import { formatDate, formatPercent } from '../../src/i18n/dates.ts'
import type { Lang } from '../../src/i18n/lang.ts'

const LOCALES: Record<Lang, string> = { es: 'es-PE', en: 'en-GB' }

function intl(iso: string, lang: Lang, short: boolean): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: short ? 'short' : 'long',
    year: short ? undefined : 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`))
}

/** Every day from 1 November 2022 to 31 January 2024 (the story's timeline and its follow-ups). */
function days(): string[] {
  const out: string[] = []
  for (let t = Date.UTC(2022, 10, 1); t <= Date.UTC(2024, 0, 31); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10))
  }
  return out
}

describe('formatDate', () => {
  it('writes every day as Intl.DateTimeFormat does, in both languages, long and short', () => {
    const all = days()
    expect(all).toHaveLength(457)
    for (const lang of ['es', 'en'] as const) {
      for (const short of [false, true]) {
        for (const iso of all)
          expect(formatDate(iso, lang, short), `${iso} ${lang}`).toBe(intl(iso, lang, short))
      }
    }
  })

  it('writes the examples a reader sees', () => {
    expect(formatDate('2022-12-15', 'es')).toBe('15 de diciembre de 2022')
    expect(formatDate('2022-09-07', 'es')).toBe('7 de setiembre de 2022')
    expect(formatDate('2022-12-15', 'en')).toBe('15 December 2022')
    expect(formatDate('2022-12-07', 'es', true)).toBe('7 dic.')
    expect(formatDate('2022-12-07', 'en', true)).toBe('7 Dec')
  })

  it('returns what is not a date unchanged', () => {
    for (const text of ['2022-12', 'diciembre', '', '2022-13-01']) {
      expect(formatDate(text, 'es')).toBe(text)
    }
  })
})

function intlPercent(pct: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(pct / 100)
}

describe('formatPercent', () => {
  it('writes every share from 0 to 100 % in steps of 0.005 as Intl.NumberFormat does', () => {
    const values = Array.from({ length: 20_001 }, (_, i) => i * 0.005)
    for (const lang of ['es', 'en'] as const) {
      const intl = new Intl.NumberFormat(LOCALES[lang], {
        style: 'percent',
        maximumFractionDigits: 1,
        minimumFractionDigits: 1,
      })
      for (const pct of values) {
        expect(formatPercent(pct, lang), `${pct} ${lang}`).toBe(intl.format(pct / 100))
      }
    }
  })

  it('rounds halves up and groups thousands as Intl does', () => {
    for (const pct of [52.25, 89.265, 0.05, 0.04, 1234.5, 100, 12345.67, -3.25]) {
      expect(formatPercent(pct, 'es'), String(pct)).toBe(intlPercent(pct, 'es'))
    }
    expect(formatPercent(89.265, 'es')).toBe('89.3%')
  })
})
