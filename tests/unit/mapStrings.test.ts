import { describe, expect, it } from 'vitest'
import { MAP_STRINGS } from '../../src/i18n/mapStrings.ts'

type Key = keyof typeof MAP_STRINGS.en

describe('the map’s own strings (legend, tools)', () => {
  it('exist, non-empty and translated, in Spanish and English for every key', () => {
    const keys = Object.keys(MAP_STRINGS.en).sort() as Key[]
    expect(Object.keys(MAP_STRINGS.es).sort()).toEqual(keys)
    for (const key of keys) {
      expect(MAP_STRINGS.en[key].trim(), `en.${key}`).not.toBe('')
      expect(MAP_STRINGS.es[key].trim(), `es.${key}`).not.toBe('')
      expect(MAP_STRINGS.es[key], `es.${key} is translated`).not.toBe(MAP_STRINGS.en[key])
    }
  })

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(MAP_STRINGS.en) as Key[]) {
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(holes(MAP_STRINGS.es[key]), key).toEqual(holes(MAP_STRINGS.en[key]))
    }
  })
})
