/** The deaths legend's text and size key over the real data, in both languages. */
import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import { STRINGS } from '../../src/i18n/strings.ts'
import { deathsLegend, deathsRadius } from '../../src/model/deathsLegend.ts'
import { deathsTotalAt } from '../../src/model/timeline.ts'

const places = dataset.places

describe('deathsLegend', () => {
  it('states on the article’s date what it counts, with its as-of date, and no later deaths', () => {
    const legend = deathsLegend(places, '2022-12-16', 'en', STRINGS.en)
    expect(legend.count).toBe('21 people killed by the end of 16 December 2022')
    expect(legend.what).toBe(
      '19 killed in clashes, as listed in the Defensoría del Pueblo register, and 2 deaths linked to road blockades',
    )
    expect(legend.later).toBeNull()
    expect(legend.asOf).toBe('2022-12-16')
  })

  it('names the deaths after 16 December when it counts them, in Spanish too', () => {
    const en = deathsLegend(places, null, 'en', STRINGS.en)
    expect(en.count).toBe('24 people killed by the end of 21 December 2022')
    expect(en.later).toBe(
      'Includes deaths after the article’s date (16 December 2022): 17, 19 and 21 December 2022',
    )
    const es = deathsLegend(places, '2022-12-19', 'es', STRINGS.es)
    expect(es.count).toBe('23 personas muertas al cierre del 19 de diciembre de 2022')
    expect(es.what).toMatch(/^21 muertos en enfrentamientos.* y 2 muertes vinculadas a bloqueos/)
    expect(es.later).toBe(
      'Incluye muertes posteriores a la fecha del artículo (16 de diciembre de 2022): 17 y 19 de diciembre de 2022',
    )
  })

  it('counts what the markers show on every day', () => {
    for (let day = 7; day <= 31; day++) {
      const date = `2022-12-${String(day).padStart(2, '0')}`
      const count = deathsTotalAt(places, date)
      expect(deathsLegend(places, date, 'en', STRINGS.en).count, date).toMatch(
        new RegExp(`^${count} people killed`),
      )
    }
  })

  it('keys the circle sizes with the markers’ radii, up to the largest place (8 in Huamanga)', () => {
    const { sizes } = deathsLegend(places, null, 'en', STRINGS.en)
    expect(sizes.map((s) => s.people)).toEqual([1, 3, 8])
    expect(sizes.map((s) => s.label)).toEqual(['1 person', '3 people', '8 people'])
    for (const step of sizes) expect(step.radius).toBe(deathsRadius(step.people))
    expect(deathsRadius(8)).toBeGreaterThan(deathsRadius(3))
  })
})
