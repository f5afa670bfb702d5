/**
 * A page's map as static inline SVG, written at build time into every prerendered page: the
 * neighbouring countries, the 26 regions (each a link to its page, so the map is navigation with
 * JavaScript off), the selection highlighted and named, and the first view's symbols (the points
 * of the layers shown by default). The app draws the live map under it; the frame script hides
 * the static map once the live one is drawn (src/map/staticFrameBoot.ts).
 *
 * Coordinates are Leaflet's pixels at REF_ZOOM. The default viewBox shows the selection (what a
 * reader without JavaScript gets); static-frame.js (src/map/staticFrameBoot.ts) then sets the
 * exact frame the live map opens on. Colours are presentation attributes from the live map's own
 * styles (CSP: no style attributes). Every text comes from data and is escaped.
 */
import type { PathOptions } from 'leaflet'
import { pointRadius, pointStyle } from '../../layers/placeStyle.ts'
import { FIT_PADDING, MAP_LIMITS } from '../../map/constants.ts'
import { type FrameTarget, openingView, viewBoxOf } from '../../map/frame.ts'
import { regionStyle } from '../../map/regionStyle.ts'
import type { CountryCollection } from '../../model/basemap.ts'
import { DEFAULT_LAYERS } from '../../model/layers.ts'
import type { RegionIndex } from '../../model/regions.ts'
import type { PlaceEntry, Story } from '../../model/story.ts'
import { escapeHtml } from '../html.ts'
import { geometryPath, REF_ZOOM, toPixel } from './path.ts'
import { type Focus, frameTarget } from './target.ts'

export interface StaticMapSources {
  regions: RegionIndex
  countries: CountryCollection // the neighbours, without Peru
  story: Story
}

const DEFAULT_SIZE: [number, number] = [960, 744] // px: the map's box at 1280×800, for the no-JS scale
const NAME_SIZE = 15 // px: the selection's name
const NEIGHBOUR = { fill: '#e9e5dc', stroke: '#9c978c', width: 0.8 } // as src/map/Basemap.tsx

type Attributes = Record<string, string | number | undefined>

/** Markup of one element: every attribute value escaped; `children` is markup built here. */
function tag(name: string, attributes: Attributes, children: readonly string[] | null): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('')
  return children === null
    ? `<${name}${attrs}/>`
    : `<${name}${attrs}>${children.join('')}</${name}>`
}

function pathStyle(style: PathOptions): Attributes {
  return {
    fill: style.fillColor,
    'fill-opacity': style.fillOpacity,
    stroke: style.color,
    'stroke-width': style.weight,
    'stroke-dasharray': style.dashArray === undefined ? undefined : String(style.dashArray),
  }
}

function selectedIsos(focus: Focus): Set<string> {
  if (focus.kind === 'region') return new Set([focus.iso])
  if (focus.kind === 'place') return new Set(focus.entry.regions)
  return new Set()
}

function regionLinks(sources: StaticMapSources, focus: Focus, prefix: string): string {
  const selected = selectedIsos(focus)
  const features = [...sources.regions.geojson.features].sort(
    (a, b) => Number(selected.has(a.properties.iso)) - Number(selected.has(b.properties.iso)),
  ) // the selected last, so its border is on top
  return features
    .map((f) => {
      const iso = f.properties.iso
      const state = selected.has(iso) ? 'selected' : 'normal'
      const style = regionStyle(state, false, undefined, sources.story.namedRegions.has(iso))
      const path = tag(
        'path',
        { class: `sf-region sf-${iso}`, d: geometryPath(f.geometry), ...pathStyle(style) },
        null,
      )
      const href = `${prefix}region/${f.properties.slug}/`
      const current = state === 'selected' && focus.kind === 'region' ? 'page' : undefined
      return tag('a', { href, 'aria-label': f.properties.name_es, 'aria-current': current }, [path])
    })
    .join('')
}

function countries(collection: CountryCollection): string {
  const d = collection.features.map((f) => geometryPath(f.geometry)).join('')
  const { fill, stroke, width } = NEIGHBOUR
  return tag('path', { class: 'sf-countries', d, fill, stroke, 'stroke-width': width }, null)
}

/** The first view's points: the default layers' (and the opened place's layer), as circles. */
function symbols(story: Story, focus: Focus, k: number): string {
  const opened = focus.kind === 'place' ? focus.entry : null
  const layers = new Set([...DEFAULT_LAYERS, ...(opened ? [opened.place.layer] : [])])
  const points = story.entries.filter(
    (e) =>
      layers.has(e.place.layer) && e.place.geometry.type === 'point' && e.place.kind !== 'curfew',
  )
  // The opened place last, on top of the others.
  points.sort((a, b) => Number(a === opened) - Number(b === opened))
  return points
    .map((e) => {
      const [x, y] = toPixel(e.anchor[0], e.anchor[1])
      const r = pointRadius(e)
      return tag(
        'circle',
        {
          class: `sf-point sf-${e.place.id}`,
          cx: x,
          cy: y,
          r: +(r * k).toFixed(1),
          'data-r': r,
          ...pathStyle(pointStyle(e, e === opened)),
        },
        null,
      )
    })
    .join('')
}

function nameOf(
  sources: StaticMapSources,
  focus: Focus,
): { text: string; at: [number, number]; above: number } | null {
  if (focus.kind === 'region') {
    const region = sources.regions.byIso(focus.iso)
    return region ? { text: region.name.es, at: region.anchor, above: 0 } : null
  }
  if (focus.kind === 'place') {
    const e: PlaceEntry = focus.entry
    const above = e.place.geometry.type === 'point' ? pointRadius(e) + 6 : 0 // px: above its circle
    return { text: e.place.name.es, at: e.anchor, above }
  }
  return null
}

function nameLabel(sources: StaticMapSources, focus: Focus, k: number): string {
  const name = nameOf(sources, focus)
  if (!name) return ''
  const [x, y] = toPixel(name.at[0], name.at[1])
  const attributes = {
    class: 'sf-name',
    x,
    y: Math.round(y - name.above * k),
    'data-y': y,
    'font-size': +(NAME_SIZE * k).toFixed(1),
    'data-fs': NAME_SIZE,
    'data-dy': name.above,
    'text-anchor': 'middle',
  }
  return tag('text', attributes, [escapeHtml(name.text)])
}

const PADDED = {
  top: FIT_PADDING[1],
  right: FIT_PADDING[0],
  bottom: FIT_PADDING[1],
  left: FIT_PADDING[0],
}

/** The frame at a typical desktop size: the viewBox and scale a page has before (or without) its script. */
function defaultFrame(target: FrameTarget) {
  const view = openingView(target, DEFAULT_SIZE, PADDED, MAP_LIMITS)
  return { viewBox: viewBoxOf(view, DEFAULT_SIZE, REF_ZOOM), k: 2 ** (REF_ZOOM - view.zoom) }
}

/**
 * The `<nav>` with the page's static map. `prefix` leads from the page back to the site's root
 * (`../../` on a region page), so the region links work at any folder depth.
 */
export function staticMap(
  sources: StaticMapSources,
  focus: Focus,
  prefix: string,
  label: string,
): string {
  const target = frameTarget(focus, sources.regions)
  const { viewBox, k } = defaultFrame(target)
  const nav = {
    id: 'static-frame',
    class: focus.kind === 'home' ? 'static-frame' : 'static-frame has-card', // map/insets.css
    'aria-label': label,
    'data-target': JSON.stringify(target),
    'data-ref-zoom': REF_ZOOM,
  }
  const svg = {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: viewBox.map((v) => +v.toFixed(1)).join(' '),
    preserveAspectRatio: 'xMidYMid meet',
    'fill-rule': 'evenodd',
  }
  const hidden = { 'aria-hidden': 'true' } // drawing only: the links carry the names
  return tag('nav', nav, [
    tag('svg', svg, [
      tag('g', hidden, [countries(sources.countries)]),
      tag('g', {}, [regionLinks(sources, focus, prefix)]),
      tag('g', hidden, [symbols(sources.story, focus, k), nameLabel(sources, focus, k)]),
    ]),
  ])
}
