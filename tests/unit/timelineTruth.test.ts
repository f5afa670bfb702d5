/**
 * The timeline over the REAL data, every day from 7 to 31 December 2022: the map for a day shows the
 * state at the end of that day. The expected figures are the sources' (data/README.md, AUDIT-2):
 * 19 people killed in clashes by the end of 16 December in the Defensoría register plus the two
 * blockade-related deaths (Simbal, 14 Dec; Sicuani, 15 Dec) make 21 that day; Hancco died on the
 * 17th, the Chala death was on the 19th, Alarcón died on the 21st. The curfew of DS 144-2022-PCM ran
 * 16–20 December; DS 147-2022-PCM lifted it in Virú, Cangallo and Huamanga on the 19th.
 */
import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import { deathsTallyAt } from '../../src/model/deathsTally.ts'
import {
  changeDays,
  deathsTotalAt,
  isPlaceShownAt,
  peopleDeadBy,
  timelineDays,
} from '../../src/model/timeline.ts'

const DECEMBER = Array.from({ length: 25 }, (_, i) => `2022-12-${String(7 + i).padStart(2, '0')}`)
const places = dataset.places
const shown = (layer: string, day: string) =>
  places
    .filter((p) => p.layer === layer && isPlaceShownAt(p, day))
    .map((p) => p.id)
    .sort()

/** People killed by the end of each day, from the register and the press (see the header). */
const KILLED_BY: Record<string, number> = {
  '2022-12-10': 0,
  '2022-12-11': 2, // Quispe Garfias, D.A.Q. (Andahuaylas airport)
  '2022-12-12': 6, // + Enciso, Lizarme (Andahuaylas), R.P.M.L. (Chincheros), Arcana (Cerro Colorado)
  '2022-12-13': 6,
  '2022-12-14': 9, // + Rojas Vásquez (wounded 10 Dec), Huamán (Chao), Cárdenas (Simbal, blockade)
  '2022-12-15': 18, // + Quispe Ccallo (Sicuani, blockade), eight in Huamanga
  '2022-12-16': 21, // + three on the Pichanaqui bridge
  '2022-12-17': 22, // + Hancco Chacca
  '2022-12-18': 22,
  '2022-12-19': 23, // + Chala
  '2022-12-20': 23,
  '2022-12-21': 24, // + Alarcón Galindo
}
function killedBy(day: string): number {
  const known = Object.keys(KILLED_BY).filter((d) => d <= day)
  return known.length === 0 ? 0 : (KILLED_BY[known.sort().at(-1) as string] as number)
}

const CURFEW_FIRST = [
  'curfew-andahuaylas',
  'curfew-angaraes',
  'curfew-arequipa',
  'curfew-cangallo',
  'curfew-carabaya',
  'curfew-chincheros',
  'curfew-chumbivilcas',
  'curfew-cusco',
  'curfew-espinar',
  'curfew-ica',
  'curfew-la-convencion',
  'curfew-pisco',
  'curfew-regions',
  'curfew-san-roman',
  'curfew-tayacaja',
  'curfew-viru',
]
const LIFTED = ['curfew-viru', 'curfew-cangallo', 'curfew-huamanga']
function curfewOn(day: string): string[] {
  if (day < '2022-12-16' || day > '2022-12-20') return []
  if (day < '2022-12-18') return CURFEW_FIRST
  if (day === '2022-12-18') return [...CURFEW_FIRST, 'curfew-huamanga'].sort()
  return CURFEW_FIRST.filter((id) => !LIFTED.includes(id))
}

function airportsClosedOn(day: string): string[] {
  const ids: string[] = []
  if (day >= '2022-12-11') ids.push('airport-andahuaylas') // closed until December 2023
  if (day >= '2022-12-12' && day <= '2022-12-15') ids.push('airport-arequipa', 'airport-cusco')
  if (day >= '2022-12-14' && day <= '2022-12-15') ids.push('airport-juliaca')
  if (day >= '2022-12-15' && day <= '2022-12-19') ids.push('airport-ayacucho')
  return ids.sort()
}

describe('the timeline on every day from 7 to 31 December 2022 (real data)', () => {
  it('counts the people killed by the end of each day, as the sources do', () => {
    for (const day of DECEMBER) expect(deathsTotalAt(places, day), day).toBe(killedBy(day))
  })

  it('shows exactly the deaths markers whose people had died, and the total equals their sum', () => {
    for (const day of DECEMBER) {
      const markers = places.filter((p) => p.layer === 'deaths' && isPlaceShownAt(p, day))
      for (const p of markers) expect(peopleDeadBy(p, day), `${p.id} on ${day}`).toBeGreaterThan(0)
      const onMap = markers.reduce((sum, p) => sum + peopleDeadBy(p, day), 0)
      expect(onMap, day).toBe(deathsTallyAt(places, day).count)
      expect(deathsTallyAt(places, day).asOf).toBe(day)
    }
  })

  it('does not show on 16 December the two men shot on the 15th who died on the 17th and 21st', () => {
    const on16 = shown('deaths', '2022-12-16')
    expect(on16).not.toContain('deaths-huamanga-2022-12-17')
    expect(on16).not.toContain('deaths-huamanga-2022-12-21')
    expect(on16).toContain('deaths-huamanga-2022-12-15')
    expect(shown('deaths', '2022-12-13')).not.toContain('deaths-andahuaylas-2022-12-14')
    expect(shown('deaths', '2022-12-18')).not.toContain('deaths-chala')
  })

  it('shows the curfew provinces only on the days the curfew was in force in them', () => {
    for (const day of DECEMBER) expect(shown('curfew', day), day).toEqual(curfewOn(day))
  })

  it('shows the airports only on the days they were closed', () => {
    for (const day of DECEMBER) expect(shown('airports', day), day).toEqual(airportsClosedOn(day))
  })

  it('shows the state of emergency from 15 December on, the day it came into force', () => {
    for (const day of DECEMBER)
      expect(shown('article', day).includes('peru-state-of-emergency'), day).toBe(
        day >= '2022-12-15',
      )
  })

  it('gives each deaths place one day of death, so a marker’s size never changes while shown', () => {
    for (const p of places.filter((place) => place.timeline?.kind === 'deaths')) {
      const died = new Set(
        p.timeline?.kind === 'deaths' ? p.timeline.people.map((x) => x.died) : [],
      )
      expect(died.size, p.id).toBe(1)
    }
  })

  it('offers a day on the strip for every change after 16 December, up to 31 December', () => {
    const { later } = timelineDays(places.flatMap(changeDays))
    // 17 Hancco, 18 Huamanga curfew, 19 Chala and the lifting, 20 Ayacucho airport reopened
    // (last reported closed the 19th), 21 Alarcón and the end of the curfew.
    expect(later).toEqual(['2022-12-17', '2022-12-18', '2022-12-19', '2022-12-20', '2022-12-21'])
  })

  it('with no day chosen, counts every death as of the last one (21 December)', () => {
    expect(deathsTallyAt(places, null)).toEqual({ count: 24, asOf: '2022-12-21' })
    expect(places.every((p) => isPlaceShownAt(p, null))).toBe(true)
  })
})
