import { describe, expect, it } from 'vitest'
import { ACCESS_STRINGS } from '../../src/i18n/accessStrings.ts'
import { format } from '../../src/i18n/format.ts'
import { pickLang, preferredLang } from '../../src/i18n/lang.ts'
import { STRINGS as MAIN_STRINGS } from '../../src/i18n/strings.ts'

// Strings that are the same in both languages on purpose: the article's English title, and the
// names of keys that are printed on the keys themselves.
const SAME_IN_BOTH = new Set(['appSubtitle', 'keyHelp', 'keyTab', 'keyEscape'])

describe.each([
  ['strings.ts', MAIN_STRINGS],
  ['accessStrings.ts', ACCESS_STRINGS as unknown as typeof MAIN_STRINGS],
])('interface strings of %s', (_file, STRINGS) => {
  it('exist, non-empty, in Spanish and English for every key', () => {
    const keys = Object.keys(STRINGS.en).sort()
    expect(Object.keys(STRINGS.es).sort()).toEqual(keys)
    for (const lang of ['es', 'en'] as const) {
      for (const key of keys) {
        expect(STRINGS[lang][key as keyof typeof STRINGS.en].trim(), `${lang}.${key}`).not.toBe('')
      }
    }
  })

  it('are translated: no Spanish string is the English one, except the article title', () => {
    const untranslated = Object.keys(STRINGS.en).filter(
      (key) =>
        !SAME_IN_BOTH.has(key) &&
        STRINGS.es[key as keyof typeof STRINGS.en] === STRINGS.en[key as keyof typeof STRINGS.en],
    )
    expect(untranslated).toEqual([])
  })

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(STRINGS.en) as (keyof typeof STRINGS.en)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(names(STRINGS.es[key]), key).toEqual(names(STRINGS.en[key]))
    }
  })
})

describe('format', () => {
  it('fills placeholders with plain text and leaves unknown ones', () => {
    expect(format('No “{key}” {other}', { key: '<b>x</b>' })).toBe('No “<b>x</b>” {other}')
  })
})

describe('language choice', () => {
  it('prefers the link, then the first of Spanish or English the browser asks for', () => {
    expect(pickLang('en', ['es-PE'])).toBe('en')
    expect(pickLang(null, ['es-PE', 'en'])).toBe('es')
    expect(preferredLang(['fr-FR', 'es', 'en'])).toBe('es')
    expect(preferredLang(['en-US', 'es'])).toBe('en')
    expect(preferredLang(['qu', 'fr'])).toBe('en')
    expect(preferredLang([])).toBe('en')
  })
})
