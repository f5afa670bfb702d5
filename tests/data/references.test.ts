/**
 * Every geographic reference in the article is accounted for: each occurrence of a place word
 * lies inside the text of some reference, and each reference is mapped or says why it is not.
 */
import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import { articleText } from './load.ts'

// Words that name or point to a place; case-sensitive, whole words.
const PLACE_WORDS = [
  'Peru',
  'Peruvian',
  'Peruvians',
  'Lima',
  'Ayacucho',
  'Bolivia',
  'Chile',
  'Congress',
  'congressional',
  'embassy',
  'palace',
  'Pentagon',
  'Washington',
  'European Union',
  'south',
  'world',
  'internationally',
  'streets',
  'airport',
  'roadblocks',
  'roads',
  'towns',
  'cities',
  'region',
  'regional',
  'country',
  'countries',
  'national',
  'US',
]

function spans(text: string): [number, number][] {
  const out: [number, number][] = []
  for (let at = articleText.indexOf(text); at >= 0; at = articleText.indexOf(text, at + 1))
    out.push([at, at + text.length])
  return out
}

describe('references', () => {
  it('each occur in the article as written', () => {
    const missing = dataset.references.filter((ref) => !articleText.includes(ref.text))
    expect(missing.map((ref) => ref.text)).toEqual([])
  })

  it('cover every geographic word of the article, mapped or marked not mappable', () => {
    const covered = dataset.references.flatMap((ref) => spans(ref.text))
    const uncovered: string[] = []
    for (const word of PLACE_WORDS) {
      for (const match of articleText.matchAll(new RegExp(`\\b${word}\\b`, 'g'))) {
        const start = match.index ?? 0
        const end = start + word.length
        if (!covered.some(([a, b]) => a <= start && end <= b))
          uncovered.push(`${word}: …${articleText.slice(Math.max(0, start - 30), end + 30)}…`)
      }
    }
    expect(uncovered, uncovered.join('\n')).toEqual([])
  })

  it('are mapped to something, or give a reason in both languages', () => {
    for (const ref of dataset.references) {
      if (ref.status === 'mapped')
        expect(ref.places.length + ref.regions.length, ref.text).toBeGreaterThan(0)
      else expect(ref.reason.es && ref.reason.en, ref.text).toBeTruthy()
    }
  })

  it('put the Pentagon, Washington and the European Union off the map', () => {
    const status = new Map(dataset.references.map((ref) => [ref.text, ref.status]))
    expect(status.get('trained by the Pentagon')).toBe('not-mappable')
    expect(status.get('Washington')).toBe('not-mappable')
    expect(status.get('the European Union')).toBe('not-mappable')
  })
})
