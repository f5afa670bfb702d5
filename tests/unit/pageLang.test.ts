import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pickLang } from '../../src/i18n/lang.ts'
import { pageLang } from '../../src/indexPage/pageLang.ts'
import { parse } from '../../src/state/url.ts'

const app = (search: string, languages: string[]) =>
  pickLang(parse({ path: '', search, hash: '' }).lang, languages)

describe("the index pages' language", () => {
  it('follows ?lang=, then the browser, as the app does', () => {
    expect(pageLang('?lang=EN', ['es-PE'])).toBe('en')
    expect(pageLang('?lang=x&lang=es', ['en'])).toBe('es')
    expect(pageLang('', ['fr', 'es-PE', 'en'])).toBe('es')
    expect(pageLang('', ['fr'])).toBe('en')
  })

  it('picks the same language as the app for any query and browser languages', () => {
    const tag = fc.oneof(
      fc.constantFrom('es', 'en', 'es-PE', 'EN-gb', 'fr', 'pt-BR', ''),
      fc.string(),
    )
    const value = fc.oneof(fc.constantFrom('es', 'en', ' En ', 'ES', 'de', ''), fc.string())
    const search = fc
      .array(fc.tuple(fc.constantFrom('lang', 'layers', 'x'), value), { maxLength: 4 })
      .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`)
    fc.assert(
      fc.property(search, fc.array(tag, { maxLength: 4 }), (s, languages) => {
        expect(pageLang(s, languages)).toBe(app(s, languages))
      }),
    )
  })
})
