/** The strings of sharing and embedding follow strings.ts's rules: complete, translated, same placeholders. */
import { describe, expect, it } from 'vitest'
import { SHARE_STRINGS, type ShareStrings } from '../../src/i18n/shareStrings.ts'

const keys = Object.keys(SHARE_STRINGS.en) as (keyof ShareStrings)[]

describe('the Share panel, embed and print strings', () => {
  it('exist, non-empty, in Spanish and English for every key', () => {
    expect(Object.keys(SHARE_STRINGS.es).sort()).toEqual([...keys].sort())
    for (const lang of ['es', 'en'] as const) {
      for (const key of keys) expect(SHARE_STRINGS[lang][key].trim(), `${lang}.${key}`).not.toBe('')
    }
  })

  it('are translated, with the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of keys) {
      expect(SHARE_STRINGS.es[key], key).not.toBe(SHARE_STRINGS.en[key])
      expect(names(SHARE_STRINGS.es[key]), key).toEqual(names(SHARE_STRINGS.en[key]))
    }
  })
})
