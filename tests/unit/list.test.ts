/**
 * listOf writes lists itself (src/describe/list.ts) instead of building an Intl.ListFormat on the
 * page's start: it must write them as Intl does for es-PE and en-GB, "y" and "e" included, for
 * every name the map can list and for the words that decide between them.
 */
import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import { listOf } from '../../src/describe/list.ts'
import type { Lang } from '../../src/i18n/lang.ts'

const LOCALES: Record<Lang, string> = { es: 'es-PE', en: 'en-GB' }
const intl = (items: string[], lang: Lang) =>
  new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(items)

const EDGES = ['Ica', 'Ilo', 'Iñapari', 'hielo', 'Hierro', 'HIELO', 'Hiato', 'hioides', 'hi', 'Hi']
const MORE_EDGES = ['hidra', 'Huancavelica', 'ímpetu', 'Íñigo', 'yodo', 'h', '"Ica"', '3 más', '']

describe('listOf', () => {
  it('writes one, two and three items as Intl.ListFormat does, for every name on the map', () => {
    const names = [
      ...dataset.places.flatMap((p) => [p.name.es, p.name.en]),
      ...EDGES,
      ...MORE_EDGES,
    ]
    expect(names.length).toBeGreaterThan(100)
    for (const lang of ['es', 'en'] as const) {
      for (const name of names) {
        expect(listOf([name], lang), name).toBe(intl([name], lang))
        expect(listOf(['Lima', name], lang), name).toBe(intl(['Lima', name], lang))
        expect(listOf(['Puno', 'Cusco', name], lang), name).toBe(
          intl(['Puno', 'Cusco', name], lang),
        )
      }
    }
  })

  it('writes "e" before an i sound in Spanish, and counts what is past the limit', () => {
    expect(listOf(['Lima', 'Ica'], 'es')).toBe('Lima e Ica')
    expect(listOf(['Lima', 'Huancavelica'], 'es')).toBe('Lima y Huancavelica')
    expect(listOf(['Puno', 'Cusco', 'Ayacucho'], 'en')).toBe('Puno, Cusco and Ayacucho')
    expect(listOf(['Puno', 'Cusco', 'Ayacucho', 'Ica', 'Lima'], 'es', 2)).toBe(
      'Puno, Cusco y 3 más',
    )
    expect(listOf([], 'es')).toBe('')
  })
})
