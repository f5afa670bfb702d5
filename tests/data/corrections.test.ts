/**
 * One test per record corrected after the independent fact-check (../shared/research/AUDIT-2.md,
 * copied nowhere: the findings and their sources are summed up in data/README.md). Each test
 * states what the sources say, so a later edit that reverts the correction fails here.
 */
import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import type { Fact, Place, Source } from '../../data/types.ts'

function fact(id: string): Fact {
  const found = dataset.facts.find((f) => f.id === id)
  if (!found) throw new Error(`no fact ${id}`)
  return found
}
function place(id: string): Place {
  const found = dataset.places.find((p) => p.id === id)
  if (!found) throw new Error(`no place ${id}`)
  return found
}
function source(id: string): Source {
  const found = dataset.sources.find((s) => s.id === id)
  if (!found) throw new Error(`no source ${id}`)
  return found
}
const both = (f: Fact) => `${f.text.es}\n${f.text.en}`

describe('corrections after the fact-check', () => {
  it('curfew-date-disagreement: most sources date the decree Thursday 15 Dec, in force from 16 Dec', () => {
    const f = fact('curfew-date-disagreement')
    expect(f.text.en).toMatch(/^Most sources consulted date .* Thursday 15 December 2022/)
    expect(f.text.en).toContain('applied from 16 December')
    expect(f.text.es).toContain('jueves 15 de diciembre')
    expect(f.text.en).not.toContain('Friday 16 December 2022, as the article does')
    expect(f.sources).toEqual(expect.arrayContaining(['willax-2022-12-15', 'americatv-2022-12-20']))
  })

  it('count-comparison: counts on and at the end of 16 Dec ranged from 17 to 22 (EFE 22 that night)', () => {
    const f = fact('count-comparison')
    expect(f.text.en).toContain('ranged from 17 to 22')
    expect(f.text.en).toContain('that night, 22')
    expect(f.text.en).not.toContain('higher than the counts')
    expect(f.sources).toContain('lapatria-2022-12-17')
  })

  it('the Huancavelica death in El País’s tally is stated, and why the map leaves it off', () => {
    const f = fact('count-comparison')
    expect(f.text.en).toMatch(/Huancavelica .*does not list; the map does not show it/)
    expect(f.text.es).toContain('Huancavelica')
    expect(f.sources).toContain('larepublica-2022-12-17-junin')
  })

  it('count-larepublica-2022-12-16: the headline says 17 (only the address says 18)', () => {
    const f = fact('count-larepublica-2022-12-16')
    expect(f.text.en).toContain('rose to 17')
    expect(f.text.es).toContain('a 17 a nivel nacional')
    expect(source('larepublica-2022-12-16-junin').title).toContain('se eleva a 17')
  })

  it('death-chala: Monday 19 December, and the place is dated that day only', () => {
    expect(fact('death-chala').text.en).toContain('Monday 19 December 2022')
    expect(both(fact('death-chala'))).not.toMatch(/18 (or|o) 19/)
    expect(place('deaths-chala').dates).toEqual(['2022-12-19'])
  })

  it('death-mendoza-huarancca: the register’s spelling, Jhon Jennry', () => {
    const f = fact('death-mendoza-huarancca')
    expect(f.text.en).toMatch(/^Jhon Jennry Mendoza Huarancca, 34,/)
    expect(both(f)).not.toContain('Henry')
  })

  it('death-hancco-chacca: every age the sources give, with who gave it (27, 32, 37)', () => {
    const f = fact('death-hancco-chacca')
    expect(f.text.en).toContain(
      '27 according to Nativa TV (32 according to OjoPúblico, 37 according to El Foco)',
    )
    expect(f.sources).toEqual(expect.arrayContaining(['ojopublico-2023-02', 'elfoco-2023-02']))
  })

  it('death-arcana: 23 in the register; 38 in the Defensoría’s own communiqué and in Correo', () => {
    const f = fact('death-arcana')
    expect(f.text.en).toMatch(/^Miguel Arcana, 23 according to the Defensoría del Pueblo register/)
    expect(f.text.en).toContain('the Defensoría’s own communiqué of 13–14 December (Europa Press)')
    expect(f.sources).toContain('europapress-2022-12-14')
  })

  it('chincheros-misreport: the Defensoría said the person does not exist (high confidence)', () => {
    const f = fact('chincheros-misreport')
    expect(f.text.en).toContain('does not exist')
    expect(f.text.en).not.toContain('probably')
    expect(f.confidence).toBe('high')
  })

  it('ilo-facility and ilo-smelter: the smelter is ~17 km and the refinery ~9 km from Ilo', () => {
    expect(fact('ilo-facility').text.en).toContain('about 17 km from the port of Ilo')
    expect(fact('ilo-facility').text.en).not.toContain('in the coastal city of Ilo')
    const ilo = place('ilo-smelter')
    expect(ilo.approximate?.en).toContain('not the plant')
    expect(ilo.approximate?.en).toContain('the 10 km circle need not contain them')
    expect(ilo.description.en).toContain('17 km')
  })

  it('deaths-sicuani: the point is the town (Spanish Wikipedia), not the dataset’s point 3.5 km north', () => {
    expect(place('deaths-sicuani').geometry).toEqual({ type: 'point', lat: -14.27, lng: -71.2316 })
    expect(fact('loc-deaths-sicuani').sources).toEqual(['wikipedia-es-sicuani'])
  })

  it('Huánuco’s run-off share: 67.70 here, 67.708 at ONPE’s 100 % count, not “agree”', () => {
    expect(dataset.runoff.note.en).toContain('67.708% in ONPE’s 100% count, 0.01 points apart')
    expect(dataset.runoff.sources).toContain('correo-huanuco-runoff')
  })

  it('cerro-verde-owners-2015: the 21 % is held jointly by Sumitomo Metal Mining and Sumitomo Corporation', () => {
    const f = fact('cerro-verde-owners-2015')
    expect(f.text.en).toContain('held jointly by Sumitomo Metal Mining and Sumitomo Corporation')
    expect(f.sources).toContain('sumitomocorp-2014-02-12')
  })

  it('sacaba-2019-11-15: death counts range from 9 to 12, each with who gave it', () => {
    const f = fact('sacaba-2019-11-15')
    expect(f.text.en).toContain('Counts range from 9 to 12 dead')
    expect(f.text.es).toContain('de 9 a 12 muertos')
  })

  it('the airports: every deaths place drawn on an airport says nobody died inside it', () => {
    const onAirports = dataset.places.filter(
      (p) =>
        p.kind === 'deaths' &&
        p.facts.some((id) => fact(id).text.en.includes('airport')) &&
        p.approximate?.en.includes('airport'),
    )
    expect(onAirports.map((p) => p.id).sort()).toEqual([
      'deaths-andahuaylas-airport-2022-12-11',
      'deaths-huamanga-2022-12-15',
      'deaths-huamanga-2022-12-17',
      'deaths-huamanga-2022-12-21',
    ])
    for (const p of onAirports)
      expect(p.approximate?.en, p.id).toMatch(/not inside|Nobody died inside/)
    const all = [
      ...dataset.places.map((p) => p.description.en),
      ...dataset.facts.map((f) => f.text.en),
    ]
    expect(all.filter((text) => /(killed|died) (inside|in) the airport/i.test(text))).toEqual([])
  })

  it('curfew-huamanga-2022-12-18 and the lifting of 19 December (DS 147-2022-PCM) are stated', () => {
    expect(fact('curfew-huamanga-2022-12-18').text.en).toContain('147-2022-PCM suspended it')
    expect(fact('curfew-lifted-2022-12-19').text.en).toContain(
      'Virú (La Libertad), Cangallo and Huamanga',
    )
    for (const id of ['curfew-viru', 'curfew-cangallo', 'curfew-huamanga'])
      expect(place(id).facts, id).toContain('curfew-lifted-2022-12-19')
  })
})
