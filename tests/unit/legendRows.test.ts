/** What the on-map legend lists (src/map/legend/legendRows.ts) follows what is drawn. */
import { describe, expect, it } from 'vitest'
import { pageTitle } from '../../src/i18n/pageTitle.ts'
import { legendRows } from '../../src/map/legend/legendRows.ts'
import type { PlaceEntry } from '../../src/model/story.ts'

const entry = (approximate: boolean, named: boolean): PlaceEntry =>
  ({
    place: {
      geometry: { type: 'point' },
      approximate: approximate ? { es: 'x', en: 'x' } : null,
      named_in_article: named,
    },
  }) as unknown as PlaceEntry

describe('legendRows', () => {
  it('notes dashes and hollow symbols only when such symbols are drawn', () => {
    expect(legendRows(['article'], [entry(false, true)], false)).toMatchObject({
      approximate: false,
      unnamed: false,
    })
    expect(legendRows(['mines'], [entry(true, false)], false)).toMatchObject({
      approximate: true,
      unnamed: true,
    })
  })

  it('explains the named regions’ fill unless the run-off classes replace it', () => {
    expect(legendRows(['article'], [], false)).toMatchObject({ namedRegions: true, runoff: false })
    expect(legendRows(['south'], [], true)).toMatchObject({ namedRegions: false, runoff: true })
  })

  it('keys the deaths’ sizes and the hatching only with their layers', () => {
    expect(legendRows(['deaths'], [], false)).toMatchObject({ deaths: true, hatched: false })
    expect(legendRows(['curfew'], [], false)).toMatchObject({ deaths: false, hatched: true })
  })
})

describe('pageTitle', () => {
  it('names the selection before the map’s title, or gives the title alone', () => {
    expect(pageTitle('Ayacucho', 'Peru, December 2022: the map of the protests')).toBe(
      'Ayacucho — Peru, December 2022: the map of the protests',
    )
    expect(pageTitle(null, 'Perú')).toBe('Perú')
  })
})
