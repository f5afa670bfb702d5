// @vitest-environment happy-dom
/**
 * src/map/frame.ts computes, without Leaflet, the view the live map opens on: these tests run
 * Leaflet itself on the same boxes and targets (as MapContainer and RouteFocus call it) and
 * compare the zoom, the centre and the pixel origin.
 */
import L from 'leaflet'
import { describe, expect, it } from 'vitest'
import regionsJson from '../../geo/peru-regions.json' with { type: 'json' }
import { FIT_MAX_ZOOM, MAP_LIMITS, POINT_ZOOM } from '../../src/map/constants.ts'
import {
  type FrameTarget,
  type Insets,
  openingView,
  project,
  type Size,
  unproject,
  viewBoxOf,
} from '../../src/map/frame.ts'
import { indexRegions, type RegionCollection } from '../../src/model/regions.ts'

const regions = indexRegions(regionsJson as unknown as RegionCollection)
const peru = regions.peruBounds
const SIZES: Size[] = [
  [960, 744], // 1280×800 beside the panel
  [390, 691], // a phone, above the sheet
  [1600, 1000],
  [300, 250],
  [700, 450],
]
const INSETS: Insets[] = [
  { top: 24, right: 24, bottom: 24, left: 24 },
  { top: 10, right: 120, bottom: 60, left: 30 }, // a panel or card on one side
]

/** Leaflet's view for a target, as the app reaches it: MapContainer fits Peru, RouteFocus moves. */
function leafletView(target: FrameTarget, size: Size, insets: Insets) {
  const div = document.createElement('div')
  Object.defineProperty(div, 'clientWidth', { value: size[0] })
  Object.defineProperty(div, 'clientHeight', { value: size[1] })
  document.body.append(div)
  const map = L.map(div, { ...MAP_LIMITS, zoomAnimation: false, fadeAnimation: false })
  map.fitBounds(peru)
  const padding = {
    paddingTopLeft: [insets.left, insets.top] as [number, number],
    paddingBottomRight: [insets.right, insets.bottom] as [number, number],
  }
  if ('fit' in target) {
    map.fitBounds(target.fit, { maxZoom: target.maxZoom, ...padding, animate: false })
  } else {
    map.setView(target.point, Math.max(map.getZoom(), target.minZoom), { animate: false })
  }
  // The world pixel at the container's top-left corner (a pan moves the pane, not the origin).
  const origin = map.containerPointToLayerPoint([0, 0]).add(map.getPixelOrigin())
  const view = { center: map.getCenter(), zoom: map.getZoom(), origin }
  map.remove()
  div.remove()
  return view
}

const targets: [string, FrameTarget][] = [
  ['the whole of Peru', { peru, fit: peru }],
  ...regions.list.map((r): [string, FrameTarget] => [
    r.slug,
    { peru, fit: r.bounds, maxZoom: FIT_MAX_ZOOM },
  ]),
  ['a point in Lima', { peru, point: [-12.0464, -77.0428], minZoom: POINT_ZOOM }],
  [
    'Santiago, beyond the pannable area',
    { peru, point: [-33.4378, -70.6505], minZoom: POINT_ZOOM },
  ],
]

describe('openingView', () => {
  for (const [name, target] of targets) {
    it(`opens ${name} on Leaflet's own view at every size and inset`, () => {
      for (const size of SIZES) {
        for (const insets of INSETS) {
          const leaflet = leafletView(target, size, insets)
          const view = openingView(target, size, insets, MAP_LIMITS)
          expect(view.zoom).toBe(leaflet.zoom)
          expect(view.center[0]).toBeCloseTo(leaflet.center.lat, 6)
          expect(view.center[1]).toBeCloseTo(leaflet.center.lng, 6)
          const [x, y] = viewBoxOf(view, size, view.zoom)
          expect([x, y]).toEqual([leaflet.origin.x, leaflet.origin.y])
        }
      }
    })
  }
})

describe('project', () => {
  it("gives Leaflet's pixel coordinates and back", () => {
    const map = L.map(document.createElement('div'))
    for (const [lat, lng] of [
      [-12.05, -77.04],
      [0, 0],
      [-33.44, -70.65],
      [89, 179],
    ] as [number, number][]) {
      for (const zoom of [0, 5, 8.5]) {
        const p = map.project([lat, lng], zoom)
        const [x, y] = project([lat, lng], zoom)
        expect(x).toBeCloseTo(p.x, 6)
        expect(y).toBeCloseTo(p.y, 6)
        const [lat2, lng2] = unproject([x, y], zoom)
        const back = map.unproject(p, zoom)
        expect(lat2).toBeCloseTo(back.lat, 9)
        expect(lng2).toBeCloseTo(back.lng, 9)
      }
    }
    map.remove()
  })
})

describe('viewBoxOf', () => {
  it('scales the view into the reference zoom', () => {
    const view = { center: [-13, -74] as [number, number], zoom: 6 }
    const [x, y, w, h] = viewBoxOf(view, [800, 600], 8)
    expect([w, h]).toEqual([3200, 2400])
    const [cx, cy] = project(view.center, 8)
    expect(Math.abs(x + w / 2 - cx)).toBeLessThanOrEqual(2)
    expect(Math.abs(y + h / 2 - cy)).toBeLessThanOrEqual(2)
  })
})
