/**
 * Each check of validateDataset fails on a broken copy of the real data, and its message names
 * the file and the record. One record is broken per test.
 */
import { describe, expect, it } from 'vitest'
import type { DatasetFiles } from '../../data/validate.ts'
import { validateDataset } from '../../data/validate.ts'
import { articleText, fresh, regions } from './load.ts'

// biome-ignore lint/suspicious/noExplicitAny: a test reaches into the parsed JSON to break it
type Loose = any

function problemsAfter(breakIt: (files: Loose) => void, text = articleText): string[] {
  const files = fresh()
  breakIt(files as Loose)
  return validateDataset(files as DatasetFiles, text, regions)
}

function expectProblem(problems: string[], ...parts: string[]) {
  const found = problems.some((message) => parts.every((part) => message.includes(part)))
  expect(found, `no problem mentions ${parts.join(' + ')}; got:\n${problems.join('\n')}`).toBe(true)
}

const byId = (list: Loose[], id: string) => list.find((item: Loose) => item.id === id)

describe('validateDataset', () => {
  it('refuses a fact whose source does not exist', () => {
    const problems = problemsAfter((f) => {
      byId(f.facts, 'soe-decree').sources = ['no-such-source']
    })
    expectProblem(
      problems,
      'data/facts.json: fact "soe-decree"',
      'source "no-such-source" does not exist',
    )
  })

  it('refuses a fact with no source', () => {
    const problems = problemsAfter((f) => {
      byId(f.facts, 'soe-scope').sources = []
    })
    expectProblem(problems, 'data/facts.json: fact "soe-scope"', 'sources must have at least 1')
  })

  it('refuses a place that points to a missing fact', () => {
    const problems = problemsAfter((f) => {
      byId(f.places.airports, 'airport-cusco').facts.push('no-such-fact')
    })
    expectProblem(
      problems,
      'data/places/airports.json: place "airport-cusco"',
      'fact "no-such-fact"',
    )
  })

  it('refuses a point outside its declared region', () => {
    const problems = problemsAfter((f) => {
      byId(f.places.mines, 'antamina').region = 'PE-CUS'
    })
    expectProblem(
      problems,
      'data/places/mines.json: place "antamina"',
      'is not inside its region "PE-CUS"',
      'it falls in PE-ANC',
    )
  })

  it('refuses an unknown region code', () => {
    const problems = problemsAfter((f) => {
      byId(f.places.mines, 'antamina').region = 'PE-XXX'
    })
    expectProblem(
      problems,
      'data/places/mines.json: place "antamina"',
      'region "PE-XXX" is not one of the 26 regions',
    )
  })

  it('refuses an unknown region code in a quote, a zone and the run-off', () => {
    const problems = problemsAfter((f) => {
      byId(f.quotes, 'q-south').regions.push('PE-ZZZ')
      byId(f.zones, 'macrorregion-sur').regions.push('PE-ZZY')
      f.runoff.rows[0].region = 'PE-ZZX'
    })
    expectProblem(problems, 'data/quotes.json: quote "q-south"', '"PE-ZZZ"')
    expectProblem(problems, 'data/zones.json: zone "macrorregion-sur"', '"PE-ZZY"')
    expectProblem(problems, 'data/runoff.json', '"PE-ZZX"')
  })

  it('refuses a place in Peru without a region, and a place abroad with one', () => {
    const problems = problemsAfter((f) => {
      byId(f.places.deaths, 'deaths-chao-2022-12-14').region = null
      byId(f.places.context, 'sacaba').region = 'PE-PUN'
    })
    expectProblem(problems, 'place "deaths-chao-2022-12-14"', 'must declare its region')
    expectProblem(problems, 'data/places/context.json: place "sacaba"', 'must have region null')
  })

  it('refuses a point abroad that falls inside Peru', () => {
    const problems = problemsAfter((f) => {
      Object.assign(byId(f.places.context, 'senkata').geometry, { lat: -12.05, lng: -77.04 })
    })
    expectProblem(problems, 'place "senkata"', 'has country "BO" but it falls in PE-LMA')
  })

  it('refuses a duplicate place id across layer files', () => {
    const problems = problemsAfter((f) => {
      const copy = structuredClone(byId(f.places.deaths, 'deaths-chala'))
      copy.layer = 'context'
      f.places.context.push(copy)
    })
    expectProblem(
      problems,
      'data/places/context.json: place "deaths-chala"',
      'duplicate id (also in data/places/deaths.json)',
    )
  })

  it('refuses a duplicate fact id', () => {
    const problems = problemsAfter((f) => {
      f.facts.push(structuredClone(byId(f.facts, 'curfew-scope')))
    })
    expectProblem(problems, 'data/facts.json: fact "curfew-scope"', 'duplicate id')
  })

  it('refuses an id that is not an ASCII slug', () => {
    const problems = problemsAfter((f) => {
      byId(f.places.curfew, 'curfew-viru').id = 'curfew-virú'
    })
    expectProblem(problems, 'data/places/curfew.json: place "curfew-virú"', 'must be an ASCII slug')
  })

  it('refuses a non-https url with a clear message', () => {
    const problems = problemsAfter((f) => {
      byId(f.sources, 'andina-2022-12-16').url = 'http://andina.pe/x'
    })
    expectProblem(
      problems,
      'data/sources.json: source "andina-2022-12-16"',
      'url "http://andina.pe/x" is not an https address',
    )
  })

  it('refuses a quote that is not verbatim (curly for straight quotes)', () => {
    const problems = problemsAfter((f) => {
      const quote = byId(f.quotes, 'q-mothers-ayacucho')
      quote.text = quote.text.replace('"mothers in Ayacucho,"', '“mothers in Ayacucho,”')
    })
    expectProblem(problems, 'data/quotes.json: quote "q-mothers-ayacucho"', 'not a verbatim span')
  })

  it('accepts a quote whose white space differs from the article', () => {
    const problems = problemsAfter((f) => {
      const quote = byId(f.quotes, 'q-police-rampage')
      quote.text = quote.text.replaceAll(' ', '\n  ')
    })
    expect(problems).toEqual([])
  })

  it('refuses markup and javascript: in any string', () => {
    const problems = problemsAfter((f) => {
      byId(f.places.article, 'congress').description.en = 'The <b>seat</b> of Congress.'
      byId(f.facts, 'palace-location').text.es = 'javascript:alert(1)'
    })
    expectProblem(
      problems,
      'data/places/article.json: place "congress"',
      'description.en contains markup',
    )
    expectProblem(
      problems,
      'data/facts.json: fact "palace-location"',
      'text.es contains "javascript:"',
    )
  })

  it('refuses a record filed under the wrong layer', () => {
    const problems = problemsAfter((f) => {
      byId(f.places.airports, 'airport-juliaca').layer = 'deaths'
    })
    expectProblem(
      problems,
      'data/places/airports.json: place "airport-juliaca"',
      'layer is "deaths" but the file is data/places/airports.json',
    )
  })

  it('refuses missing and unknown fields, bad dates and bad enums', () => {
    const problems = problemsAfter((f) => {
      delete byId(f.places.article, 'congress').approximate
      byId(f.places.article, 'government-palace').colour = 'red'
      byId(f.facts, 'soe-rights').asOf = '2022-02-30'
      byId(f.facts, 'soe-enforcement').confidence = 'certain'
    })
    expectProblem(problems, 'place "congress"', 'approximate is missing')
    expectProblem(problems, 'place "government-palace"', 'colour is not a known field')
    expectProblem(problems, 'fact "soe-rights"', 'asOf must be an ISO date')
    expectProblem(problems, 'fact "soe-enforcement"', 'confidence must be one of high, medium, low')
  })

  it('refuses a minor named in full', () => {
    const problems = problemsAfter((f) => {
      const fact = byId(f.facts, 'death-cmrl')
      fact.text.en = fact.text.en.replace('C.M.R.L.', 'Carlos Mendoza Rojas')
    })
    expectProblem(
      problems,
      'data/facts.json: fact "death-cmrl"',
      'a minor (15) must be given by initials only',
    )
  })

  it('refuses a reference whose text is not in the article', () => {
    const problems = problemsAfter((f) => {
      f.references[0].text = 'Machu Picchu'
    })
    expectProblem(
      problems,
      'data/references.json: reference "Machu Picchu"',
      'does not occur in data/article.md',
    )
  })

  it('refuses a mine without its 10 km circle', () => {
    const problems = problemsAfter((f) => {
      f.zones = f.zones.filter((zone: Loose) => zone.id !== 'cuajone-10km')
    })
    expectProblem(problems, 'place "cuajone"', 'no zone "cuajone-10km"')
  })

  it('refuses layers out of order and a low-confidence location without a reason', () => {
    const problems = problemsAfter((f) => {
      f.layers.reverse()
      byId(f.places.article, 'mexican-embassy').approximate = null
    })
    expectProblem(problems, 'data/layers.json', 'layers must be article, south')
    expectProblem(problems, 'place "mexican-embassy"', 'approximate must say why')
  })

  it('refuses an article.json that disagrees with the header of article.md', () => {
    const problems = problemsAfter((f) => {
      f.article.date = '2022-12-17'
    })
    expectProblem(problems, 'data/article.json', 'Date: 2022-12-17')
  })

  it('refuses a file that is not an array', () => {
    const problems = problemsAfter((f) => {
      f.quotes = { not: 'a list' }
    })
    expectProblem(problems, 'data/quotes.json: expected an array')
  })
})
