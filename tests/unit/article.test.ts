import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import type { Reference } from '../../data/types.ts'
import {
  emphasisPieces,
  mentionsOf,
  paragraphsAbout,
  paragraphText,
  parseArticle,
  type Segment,
  segmentParagraph,
  stripEmphasis,
} from '../../src/model/article.ts'

const markdown = readFileSync(new URL('../../data/article.md', import.meta.url), 'utf8')
const article = parseArticle(markdown)
const segmented = mentionsOf(article, dataset.references)
const regionOf = new Map(dataset.places.map((place) => [place.id, place.region]))
const placeRegion = (id: string) => regionOf.get(id) ?? null

const HEADER = '# Title\n\nAuthor: A. Writer\nPublisher: Press\nDate: 2022-12-16\n\n'

function mapped(text: string, places: string[] = [], regions: string[] = []): Reference {
  return { text, status: 'mapped', places, regions }
}

function mentioned(segments: readonly Segment[]): string[] {
  return segments.flatMap((s) => (s.kind === 'mention' ? [s.text] : []))
}

function spans(segments: readonly Segment[]): [number, number][] {
  let at = 0
  return segments.flatMap((s) => {
    const span: [number, number] = [at, at + s.text.length]
    at += s.text.length
    return s.kind === 'mention' ? [span] : []
  })
}

describe('parseArticle', () => {
  it('reads the title, author, publisher and date of data/article.md as data/article.json has them', () => {
    const { title, author, publisher, date } = dataset.article
    expect(article).toMatchObject({ title, author, publisher, date })
  })

  it('returns the 20 paragraphs, the first and last as written', () => {
    expect(article.paragraphs).toHaveLength(20)
    expect(article.paragraphs[0]).toMatch(/^Peru's military and police/)
    expect(article.paragraphs.at(-1)).toMatch(/Fourth International\.$/)
  })

  it('removes the emphasis markers of "_sui generis_" and remembers where the italics go', () => {
    const index = article.paragraphs.findIndex((p) => p.includes('sui generis'))
    const text = article.paragraphs[index] ?? ''
    expect(text).toContain('this is a sui generis situation')
    expect(article.paragraphs.join('\n')).not.toMatch(/[*_]/)
    expect(article.emphasis[index]?.map((r) => text.slice(r.start, r.end))).toEqual(['sui generis'])
    expect(article.emphasis.flat()).toHaveLength(1)
  })

  it('accepts asterisks too, and joins the lines of a paragraph with a space', () => {
    const parsed = parseArticle(`${HEADER}One *very* long\nparagraph.\n\n**Two**.\n`)
    expect(parsed.paragraphs).toEqual(['One very long paragraph.', 'Two.'])
    expect(parsed.emphasis).toEqual([[{ start: 4, end: 8 }], [{ start: 0, end: 3 }]])
  })

  it('reads Windows line ends', () => {
    expect(parseArticle(`${HEADER}Body.`.replace(/\n/g, '\r\n')).paragraphs).toEqual(['Body.'])
  })

  it('throws an error naming the missing header field', () => {
    expect(() => parseArticle('# Title\n\nAuthor: A\nPublisher: P\n\nBody.')).toThrow(/"Date:"/)
    expect(() => parseArticle('# Title\n\nAuthor: A\nDate: 2022-12-16\n\nBody.')).toThrow(
      /missing "Publisher:"/,
    )
    expect(() => parseArticle('# Title\n\nBody.')).toThrow(
      /missing "Author:", "Publisher:", "Date:"/,
    )
  })

  it('throws when the title, the date or the body is malformed', () => {
    expect(() => parseArticle('Title\n\nAuthor: A')).toThrow(/"# <title>"/)
    expect(() => parseArticle(`${HEADER.replace('2022-12-16', '16/12/2022')}Body.`)).toThrow(
      /not an ISO date/,
    )
    expect(() => parseArticle(HEADER)).toThrow(/no paragraphs/)
    expect(() => parseArticle(`${HEADER.replace('Date:', 'Author: B\nDate:')}Body.`)).toThrow(
      /"Author:" appears twice/,
    )
  })
})

describe('stripEmphasis', () => {
  it('leaves underscores and asterisks inside words or standing alone as written', () => {
    expect(stripEmphasis('snake_case_name and 5 * 3 * 2')).toEqual({
      text: 'snake_case_name and 5 * 3 * 2',
      emphasis: [],
    })
  })
})

describe('segmentParagraph', () => {
  const peru = mapped('Peru', ['peru'])

  it('mentions Peru in "Peru\'s" and "Peru’s" but not in "Peruvians" or "Peruvian"', () => {
    const segments = segmentParagraph("Peru's and Peru’s Peruvians, Peruvian; Peru.", [peru])
    expect(spans(segments)).toEqual([
      [0, 4],
      [11, 15],
      [39, 43],
    ])
  })

  it('finds no mention inside an accented word (Unicode-aware boundaries)', () => {
    expect(mentioned(segmentParagraph('Perúa, ÁPeru, Peruñ, Peru', [peru]))).toEqual(['Peru'])
    expect(spans(segmentParagraph('ÁPeru Peru', [peru]))).toEqual([[6, 10]])
  })

  it('is case-sensitive', () => {
    expect(mentioned(segmentParagraph('congress and Congress', [mapped('Congress')]))).toEqual([
      'Congress',
    ])
  })

  it('prefers the longest reference and never overlaps two mentions', () => {
    const refs = [peru, mapped('Front of Peru'), mapped('Rural Front')]
    const segments = segmentParagraph('The Rural Front of Peru, in Peru.', refs)
    expect(mentioned(segments)).toEqual(['Front of Peru', 'Peru'])
    expect(segments[0]).toEqual({ kind: 'text', text: 'The Rural ' })
  })

  it('marks every occurrence and gives the index of the reference', () => {
    const segments = segmentParagraph('Lima, Peru and Lima', [peru, mapped('Lima')])
    expect(segments.map((s) => (s.kind === 'mention' ? s.index : s.text))).toEqual([
      1,
      ', ',
      0,
      ' and ',
      1,
    ])
  })

  it('gives one text segment when nothing is mentioned', () => {
    expect(segmentParagraph('Nothing here.', [peru])).toEqual([
      { kind: 'text', text: 'Nothing here.' },
    ])
  })
})

describe('mentionsOf data/article.md and data/references.json', () => {
  it('gives back each paragraph when its segments are joined', () => {
    expect(segmented.map(paragraphText)).toEqual(article.paragraphs)
  })

  it('finds every reference at least once', () => {
    const found = new Set(segmented.flat().flatMap((s) => (s.kind === 'mention' ? [s.index] : [])))
    const missing = dataset.references.filter((_, index) => !found.has(index))
    expect(missing.map((ref) => ref.text)).toEqual([])
  })

  it('never overlaps two mentions and never leaves an empty segment', () => {
    for (const segments of segmented) {
      const found = spans(segments)
      found.forEach(([start], i) => {
        expect(start).toBeGreaterThanOrEqual(found[i - 1]?.[1] ?? 0)
      })
      for (const s of segments) expect(s.text).not.toBe('')
    }
  })

  it('marks exactly the words of each reference', () => {
    for (const s of segmented.flat()) if (s.kind === 'mention') expect(s.text).toBe(s.ref.text)
  })

  it('keeps every quote of data/quotes.json inside one paragraph', () => {
    const split = dataset.quotes.filter(
      (quote) => !article.paragraphs.some((p) => p.includes(quote.text.replace(/\s+/g, ' '))),
    )
    expect(split.map((quote) => quote.id)).toEqual([])
  })

  it('finds "Ayacucho" and maps it to the Ayacucho places and region', () => {
    const ayacucho = segmented
      .flat()
      .find((s) => s.kind === 'mention' && s.text === 'Ayacucho' && s.ref.status === 'mapped')
    expect(ayacucho?.kind === 'mention' && ayacucho.ref).toMatchObject({
      places: expect.arrayContaining(['ayacucho-huamanga']),
      regions: ['PE-AYA'],
    })
  })

  it('does not mention Peru inside "Peruvians" or "Peruvian Workers"', () => {
    const all = mentioned(segmented.flat())
    expect(all).not.toContain('Peruvian')
    expect(all).toContain('General Confederation of Peruvian Workers')
    expect(all).toContain('Agrarian and Rural Front of Peru')
    expect(all.filter((text) => text === 'Peru').length).toBeGreaterThan(5)
  })
})

describe('paragraphsAbout', () => {
  const containing = (words: string) => article.paragraphs.findIndex((p) => p.includes(words))

  it('finds the "mothers in Ayacucho" paragraph for the Ayacucho place and region', () => {
    const mothers = containing('mothers in Ayacucho')
    expect(
      paragraphsAbout(segmented, dataset.quotes, { placeId: 'ayacucho-huamanga' }, placeRegion),
    ).toEqual([mothers])
    expect(paragraphsAbout(segmented, dataset.quotes, { iso: 'PE-AYA' }, placeRegion)).toContain(
      mothers,
    )
  })

  it('finds a region through a place that lies in it', () => {
    const ref = mapped('Huamanga', ['ayacucho-huamanga'])
    const segments = [segmentParagraph('Deaths in Huamanga.', [ref])]
    expect(paragraphsAbout(segments, [], { iso: 'PE-AYA' }, placeRegion)).toEqual([0])
    expect(paragraphsAbout(segments, [], { iso: 'PE-CUS' }, placeRegion)).toEqual([])
  })

  it('finds a paragraph through a quote tied to the place, with white space normalised', () => {
    const segments = [[{ kind: 'text' as const, text: 'It  said:\nhello there. Then more.' }]]
    const quote = {
      id: 'q',
      text: 'said: hello\n there.',
      translation_es: '',
      places: ['somewhere'],
      regions: [],
    }
    expect(paragraphsAbout(segments, [quote], { placeId: 'somewhere' }, placeRegion)).toEqual([0])
    expect(paragraphsAbout(segments, [quote], { placeId: 'elsewhere' }, placeRegion)).toEqual([])
  })

  it('finds a paragraph for every place a reference or quote is tied to', () => {
    const ids = new Set([
      ...dataset.quotes.flatMap((q) => q.places),
      ...dataset.references.flatMap((r) => (r.status === 'mapped' ? r.places : [])),
    ])
    const none = [...ids].filter(
      (id) => paragraphsAbout(segmented, dataset.quotes, { placeId: id }, placeRegion).length === 0,
    )
    expect(none).toEqual([])
  })

  it('ignores not-mappable mentions', () => {
    const off: Reference = { text: 'Lima', status: 'not-mappable', reason: { es: '', en: '' } }
    const segments = [segmentParagraph('Lima.', [off])]
    expect(paragraphsAbout(segments, [], { iso: 'PE-LMA' }, placeRegion)).toEqual([])
  })
})

describe('emphasisPieces', () => {
  it('splits a segment where the paragraph’s italics begin and end', () => {
    const ranges = [{ start: 2, end: 13 }]
    expect(emphasisPieces('a sui generis one', 0, ranges)).toEqual([
      { text: 'a ', em: false },
      { text: 'sui generis', em: true },
      { text: ' one', em: false },
    ])
    expect(emphasisPieces('generis one', 6, ranges)).toEqual([
      { text: 'generis', em: true },
      { text: ' one', em: false },
    ])
    expect(emphasisPieces('later', 20, ranges)).toEqual([{ text: 'later', em: false }])
  })
})
