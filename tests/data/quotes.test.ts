import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import { articleText } from './load.ts'

// White space is collapsed on both sides; quote marks are compared as they are.
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('quotes', () => {
  it('are every one a verbatim span of data/article.md', () => {
    const article = collapse(articleText)
    const offending = dataset.quotes
      .filter((quote) => !article.includes(collapse(quote.text)))
      .map((quote) => `  ${quote.id}: ${quote.text}`)
    expect(
      offending,
      `quotes not found verbatim in data/article.md:\n${offending.join('\n')}`,
    ).toEqual([])
  })

  it('each have a Spanish translation and a place or region', () => {
    for (const quote of dataset.quotes) {
      expect(quote.translation_es.trim(), quote.id).not.toBe('')
      expect(quote.places.length + quote.regions.length, quote.id).toBeGreaterThan(0)
    }
  })
})
