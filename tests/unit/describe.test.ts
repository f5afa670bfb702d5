/**
 * The map in words, the regions' table and the announcements over the real data: every number
 * they state is the data's own (counted here from the places' timelines and the run-off rows,
 * not copied from the code under test), and the table sorts by any column.
 */
import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import regionsJson from '../../geo/peru-regions.json' with { type: 'json' }
import zones from '../../geo/zones.json' with { type: 'json' }
import { describeMap } from '../../src/describe/describe.ts'
import { regionRows } from '../../src/describe/regionRows.ts'
import { COLUMNS, sortRows } from '../../src/describe/sortRows.ts'
import { indexDetails } from '../../src/model/details.ts'
import { indexRegions, type RegionCollection } from '../../src/model/regions.ts'
import { NO_SELECTION } from '../../src/model/selection.ts'
import { indexStory, type ZoneCollection } from '../../src/model/story.ts'
import { changeMessages } from '../../src/ui/announcements.ts'

const regions = indexRegions(regionsJson as unknown as RegionCollection)
const story = indexStory(
  {
    places: dataset.places,
    quotes: dataset.quotes,
    runoff: dataset.runoff,
    layers: dataset.layers,
  },
  zones as unknown as ZoneCollection,
  regions,
)
const details = indexDetails(dataset)
const model = { regions, story }

/** People dead by the end of `date` in a region, counted from the data's own timelines. */
function deadIn(iso: string | null, date: string | null): number {
  return dataset.places
    .filter((p) => iso === null || p.region === iso)
    .flatMap((p) => (p.timeline?.kind === 'deaths' ? p.timeline.people : []))
    .filter((person) => date === null || person.died <= date).length
}

const region = (slug: string) => {
  const found = regions.resolve(slug)
  if (!found) throw new Error(slug)
  return found
}

describe('the map in words', () => {
  it('states the deaths total of the day with its date, as the data counts it', () => {
    for (const date of ['2022-12-12', '2022-12-16', '2022-12-21']) {
      const text = describeMap(
        { ...model, details, layers: ['deaths'], date, selection: NO_SELECTION },
        'en',
      )
      const deaths = text.blocks.find((b) => b.heading === 'Deaths')
      const day = Number(date.slice(8))
      expect(deaths?.lines).toContain(
        `${deadIn(null, date)} people killed by the end of ${day} December 2022`,
      )
    }
  })

  it('lists where the published counts disagree, each with its “as of” date', () => {
    const text = describeMap(
      { ...model, details, layers: ['deaths'], date: null, selection: NO_SELECTION },
      'es',
    )
    const lines = text.blocks.find((b) => b.heading === 'Muertes')?.lines ?? []
    const counts = dataset.facts.filter((f) => f.id.startsWith('count-') && f.asOf)
    expect(counts.length).toBeGreaterThan(3)
    for (const fact of counts) {
      const line = lines.find((l) => l.startsWith(fact.text.es))
      expect(line, fact.id).toMatch(/\(al \d+ de \w+ de \d{4}\)$/)
    }
  })

  it('names Castillo’s highest run-off shares from the run-off rows', () => {
    const text = describeMap(
      { ...model, details: null, layers: ['south'], date: null, selection: NO_SELECTION },
      'en',
    )
    const top = [...dataset.runoff.rows].sort((a, b) => b.castillo_pct - a.castillo_pct)[0]
    const line = text.blocks[0]?.lines.find((l) => l.startsWith('Castillo’s highest'))
    expect(top?.region).toBe('PE-PUN')
    expect(line).toContain(`Puno ${top?.castillo_pct.toFixed(1)}%`)
  })

  it('summarises an open region: run-off share, deaths by the day, curfew, airports, quotes, sources', () => {
    const ayacucho = region('ayacucho')
    const text = describeMap(
      {
        ...model,
        details,
        layers: ['deaths'],
        date: '2022-12-16',
        selection: { kind: 'region', region: ayacucho, canonical: true },
      },
      'en',
    )
    expect(text.short).toContain('Open on the map: Ayacucho.')
    const [summary, quotes, sources] = text.blocks
    expect(summary?.heading).toBe('Ayacucho')
    const share = dataset.runoff.rows.find((r) => r.region === 'PE-AYA')?.castillo_pct
    expect(summary?.lines[0]).toBe(`Castillo’s share of the 2021 run-off: ${share?.toFixed(1)}%`)
    expect(summary?.lines[1]).toMatch(
      new RegExp(
        `^${deadIn('PE-AYA', '2022-12-16')} people killed in this region by the end of 16 December 2022`,
      ),
    )
    expect(summary?.lines.join(' ')).toContain('Provinces under curfew: Curfew: Cangallo province.')
    expect(summary?.lines.join(' ')).toContain('Airports closed:')
    expect(quotes?.lines).toHaveLength(story.quotesForRegion('PE-AYA').length)
    expect(sources?.heading).toBe('Sources')
    expect(sources?.lines.length).toBeGreaterThan(0)
  })

  it('is text only: what the data says stays text, whatever it holds', () => {
    const text = describeMap(
      { ...model, details, layers: ['article'], date: null, selection: NO_SELECTION },
      'es',
    )
    expect(text.short).toBe(
      'Mapa de las 26 regiones del Perú que muestra: El artículo. Muestra todas las fechas.',
    )
  })
})

describe('the regions’ table', () => {
  it('has the 26 regions, with the deaths of the day as the data counts them', () => {
    for (const date of [null, '2022-12-12', '2022-12-16']) {
      const rows = regionRows(model, date)
      expect(rows).toHaveLength(26)
      for (const row of rows) expect(row.deaths, row.region.iso).toBe(deadIn(row.region.iso, date))
      expect(rows.reduce((sum, r) => sum + r.deaths, 0)).toBe(deadIn(null, date))
    }
  })

  it('follows the date: airports closed and provinces under curfew that day only', () => {
    const before = regionRows(model, '2022-12-10').find((r) => r.region.iso === 'PE-CUS')
    const during = regionRows(model, '2022-12-16').find((r) => r.region.iso === 'PE-CUS')
    expect(before?.curfew).toEqual([])
    expect(during?.curfew.map((p) => p.id).sort()).toEqual([
      'curfew-chumbivilcas',
      'curfew-cusco',
      'curfew-espinar',
      'curfew-la-convencion',
    ])
  })

  it('sorts by any column both ways, ties and missing figures in a stable order', () => {
    const rows = regionRows(model, '2022-12-16')
    for (const column of COLUMNS) {
      const up = sortRows(rows, column, 'ascending', 'es')
      const down = sortRows(rows, column, 'descending', 'es')
      expect(up).toHaveLength(26)
      expect(new Set(up.map((r) => r.region.iso)).size).toBe(26)
      expect(sortRows(rows, column, 'ascending', 'es')).toEqual(up)
      if (column === 'region') {
        expect(up.map((r) => r.region.name.es)).toEqual(
          [...rows].map((r) => r.region.name.es).sort((a, b) => a.localeCompare(b, 'es')),
        )
        expect(down.map((r) => r.region.iso)).toEqual(up.map((r) => r.region.iso).reverse())
      }
    }
    const byDeaths = sortRows(rows, 'deaths', 'descending', 'en').map((r) => r.deaths)
    expect(byDeaths).toEqual([...byDeaths].sort((a, b) => b - a))
    expect(sortRows(rows, 'deaths', 'descending', 'en')[0]?.region.iso).toBe('PE-AYA')
    const byShare = sortRows(rows, 'runoff', 'ascending', 'en')
    const shares = byShare.map((r) => r.runoff).filter((v) => v !== null)
    expect(shares).toEqual([...shares].sort((a, b) => a - b))
    expect(byShare.at(0)?.runoff).toBe(Math.min(...dataset.runoff.rows.map((r) => r.castillo_pct)))
  })
})

describe('the announcements', () => {
  const base = { layers: ['deaths'] as const, date: null, selectedKey: '', selected: null }
  it('say a layer shown with the features it has on the map that day, and one hidden', () => {
    const said = changeMessages(
      base,
      { ...base, layers: ['deaths', 'airports'], date: null },
      story,
      'en',
    )
    expect(said).toEqual(['Airports shown: 5 on the map.'])
    const hidden = changeMessages({ ...base, layers: ['deaths', 'airports'] }, base, story, 'es')
    expect(hidden).toEqual(['Capa «Aeropuertos» oculta.'])
  })

  it('say the day and the selection, and nothing when nothing changed', () => {
    expect(changeMessages(base, base, story, 'en')).toEqual([])
    const said = changeMessages(
      base,
      { ...base, date: '2022-12-12', selectedKey: 'region:PE-PUN', selected: 'Puno' },
      story,
      'en',
    )
    expect(said).toEqual(['Showing what had happened by 12 December 2022', 'Open: Puno.'])
  })
})
