/**
 * The curfew layer over the real data and geometry: each curfew province is drawn as its INEI
 * province, clipped to its region, instead of a point at its capital; the eight whole regions only
 * when `curfew-regions` itself is opened; and on a day, only the provinces in force.
 */
import { booleanPointInPolygon, booleanValid, point } from '@turf/turf'
import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import regionsJson from '../../geo/peru-regions.json' with { type: 'json' }
import zones from '../../geo/zones.json' with { type: 'json' }
import { drawnParts } from '../../src/layers/drawnParts.ts'
import { indexRegions, type RegionCollection } from '../../src/model/regions.ts'
import { indexStory, type ZoneCollection } from '../../src/model/story.ts'
import { isPlaceShownAt } from '../../src/model/timeline.ts'

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
const curfew = story.byLayer('curfew')
const provinces = curfew.filter((e) => e.place.kind === 'curfew')
const areaIds = (date: string | null, selected: string | null = null) =>
  drawnParts(
    curfew.filter((e) => isPlaceShownAt(e.place, date)),
    selected,
  )
    .areas.map((e) => e.zone?.properties.id ?? e.place.id)
    .sort()

describe('the curfew drawn as provinces', () => {
  it('gives each of the 16 curfew provinces a valid province shape holding its capital', () => {
    expect(provinces).toHaveLength(16)
    for (const entry of provinces) {
      const shape = entry.halo?.zone
      expect(shape?.properties.kind, entry.place.id).toBe('province')
      expect(shape && booleanValid(shape.geometry), entry.place.id).toBe(true)
      const [lat, lng] = entry.anchor
      expect(booleanPointInPolygon(point([lng, lat]), shape as never), entry.place.id).toBe(true)
      expect(entry.bounds, entry.place.id).toEqual(entry.halo?.bounds)
    }
  })

  it('draws no capital points, and the whole regions only when curfew-regions is opened', () => {
    const all = drawnParts(curfew, null)
    expect(all.points).toEqual([])
    expect(all.areas.map((e) => e.place.id)).not.toContain('curfew-regions')
    expect(drawnParts(curfew, 'curfew-regions').areas.map((e) => e.place.id)).toContain(
      'curfew-regions',
    )
  })

  it('on 19 December draws the 13 provinces still under curfew, not Virú, Cangallo or Huamanga', () => {
    const on19 = areaIds('2022-12-19')
    expect(on19).toHaveLength(13)
    for (const id of ['curfew-viru', 'curfew-cangallo', 'curfew-huamanga'])
      expect(on19).not.toContain(`${id}-province`)
    expect(areaIds('2022-12-18')).toHaveLength(16)
    expect(areaIds('2022-12-21')).toEqual([])
  })
})
