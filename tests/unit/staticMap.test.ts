/**
 * The static map each page carries (src/build/svg/): links to every region that work at the
 * page's depth, the selection highlighted and named, the first view's symbols, coordinates in
 * Leaflet's pixels at the reference zoom, and text from data escaped.
 */
import type { Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import basemapJson from '../../geo/basemap.json' with { type: 'json' }
import regionsJson from '../../geo/peru-regions.json' with { type: 'json' }
import zonesJson from '../../geo/zones.json' with { type: 'json' }
import { geometryPath, REF_ZOOM, toPixel } from '../../src/build/svg/path.ts'
import { type StaticMapSources, staticMap } from '../../src/build/svg/staticMap.ts'
import { frameTarget } from '../../src/build/svg/target.ts'
import { FIT_MAX_ZOOM, POINT_ZOOM } from '../../src/map/constants.ts'
import { project } from '../../src/map/frame.ts'
import { type CountryCollection, indexBasemap } from '../../src/model/basemap.ts'
import { indexRegions, type RegionCollection } from '../../src/model/regions.ts'
import { indexStory, type ZoneCollection } from '../../src/model/story.ts'

const regions = indexRegions(regionsJson as unknown as RegionCollection)
const { places, quotes, runoff, layers } = dataset
const story = indexStory(
  { places, quotes, runoff, layers },
  zonesJson as unknown as ZoneCollection,
  regions,
)
const sources: StaticMapSources = {
  regions,
  countries: indexBasemap(basemapJson as unknown as CountryCollection).neighbours,
  story,
}
const LABEL = 'Mapa del Perú y sus 26 regiones'

function links(html: string): { href: string; name: string }[] {
  return [...html.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"/g)].map((m) => ({
    href: m[1] ?? '',
    name: m[2] ?? '',
  }))
}

describe('geometryPath', () => {
  it('writes a ring in whole pixels at the reference zoom, with relative moves, closed', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-75, -13],
          [-74, -13],
          [-74, -12],
          [-75, -12],
          [-75, -13],
        ],
      ],
    }
    const [x0, y0] = toPixel(-13, -75)
    const [x1] = toPixel(-13, -74)
    const [, y2] = toPixel(-12, -74)
    expect(geometryPath(square)).toBe(
      `M${x0} ${y0}l${x1 - x0} 0 0 ${y2 - y0}${x0 - x1} 0z`.replace(' -', '-'),
    )
    const [px, py] = project([-13, -75], REF_ZOOM)
    expect([Math.abs(px - x0), Math.abs(py - y0)].every((d) => d <= 0.5)).toBe(true)
  })

  it('drops points that round onto the previous one and rings that collapse', () => {
    const tiny: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-75, -13],
          [-75.00001, -13],
          [-75, -13.00001],
          [-75, -13],
        ],
      ],
    }
    expect(geometryPath(tiny)).toBe('')
  })
})

describe('staticMap', () => {
  it('links every region to its page, named by the region, at any folder depth', () => {
    const home = staticMap(sources, { kind: 'home' }, './', LABEL)
    const deep = staticMap(sources, { kind: 'region', iso: 'PE-CUS' }, '../../', LABEL)
    expect(links(home)).toHaveLength(26)
    expect(links(home)).toContainEqual({ href: './region/ayacucho/', name: 'Ayacucho' })
    expect(links(deep)).toContainEqual({ href: '../../region/apurimac/', name: 'Apurímac' })
    expect(home).toContain(`<nav id="static-frame" class="static-frame" aria-label="${LABEL}"`)
  })

  it('highlights and names the selected region, marked as the current page', () => {
    const html = staticMap(sources, { kind: 'region', iso: 'PE-AYA' }, '../../', LABEL)
    expect(html).toMatch(
      /<a href="..\/..\/region\/ayacucho\/" aria-label="Ayacucho" aria-current="page"><path class="sf-region sf-PE-AYA" d="[^"]+" fill="#fbe9e4"[^>]* stroke="#9d1c1c" stroke-width="3"/,
    )
    expect(html).toMatch(/<text class="sf-name"[^>]*>Ayacucho<\/text>/)
    // Drawn last, so its border is not covered by a neighbour's.
    expect(links(html).at(-1)?.name).toBe('Ayacucho')
    expect(staticMap(sources, { kind: 'home' }, './', LABEL)).not.toContain('aria-current')
  })

  it("draws the default layers' points, and the opened place's layer and name", () => {
    const home = staticMap(sources, { kind: 'home' }, './', LABEL)
    const points = (html: string) =>
      [...html.matchAll(/class="sf-point sf-([\w-]+)"/g)].map((m) => m[1])
    const shown = story.entries.filter(
      (e) =>
        ['article', 'deaths', 'airports'].includes(e.place.layer) &&
        e.place.geometry.type === 'point',
    )
    expect(points(home).sort()).toEqual(shown.map((e) => e.place.id).sort())
    expect(points(home)).not.toContain('antamina') // the mines are not a default layer
    const entry = story.byId('antamina')
    if (!entry) throw new Error('no antamina in data/')
    const page = staticMap(sources, { kind: 'place', entry }, '../../', LABEL)
    expect(points(page).at(-1)).toBe('antamina')
    expect(page).toMatch(/<text class="sf-name"[^>]*>Antamina<\/text>/)
  })

  it('escapes the names it writes', () => {
    const entry = story.byId('antamina')
    if (!entry) throw new Error('no antamina in data/')
    const hostile = {
      ...entry,
      place: { ...entry.place, name: { es: '<script>"x"</script>', en: 'x' } },
    }
    const html = staticMap(sources, { kind: 'place', entry: hostile }, '../../', LABEL)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;&quot;x&quot;&lt;/script&gt;')
  })
})

describe('frameTarget', () => {
  it('fits Peru at home, a region at most at FIT_MAX_ZOOM, and a point place as a box of no size at POINT_ZOOM', () => {
    const peru = regions.peruBounds
    expect(frameTarget({ kind: 'home' }, regions)).toEqual({ peru, fit: peru })
    expect(frameTarget({ kind: 'region', iso: 'PE-CAL' }, regions)).toEqual({
      peru,
      fit: regions.byIso('PE-CAL')?.bounds,
      maxZoom: FIT_MAX_ZOOM,
    })
    const antamina = story.byId('antamina')
    expect(antamina && frameTarget({ kind: 'place', entry: antamina }, regions)).toEqual({
      peru,
      fit: antamina && [antamina.anchor, antamina.anchor],
      maxZoom: POINT_ZOOM,
    })
  })
})
