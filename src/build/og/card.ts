/**
 * The preview image of a page as SVG, 1200×630: on the left the page's name, the story's title
 * and its credit; on the right a map of Peru's regions among its neighbours, with the page's
 * region or zone filled in the accent colour, or its place marked. Flat colours only (the site's
 * palette), so the PNG stays small. Text from data is escaped; lines are wrapped here, with the
 * font's own advance widths (metrics.ts), because SVG does not wrap.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import type { CountryCollection } from '../../model/basemap.ts'
import type { RegionCollection } from '../../model/regions.ts'
import { IMAGE_HEIGHT, IMAGE_WIDTH } from '../head.ts'
import { escapeHtml } from '../html.ts'
import type { Highlight } from '../pages.ts'
import { FONT_FAMILY } from './fonts.ts'
import type { FontMetrics } from './metrics.ts'
import { wrap } from './metrics.ts'
import {
  EMPTY_BOUNDS,
  extendBounds,
  type Frame,
  fitProjection,
  geometryBounds,
  type LngLatBounds,
  pathData,
} from './project.ts'

export const COLOURS = {
  paper: '#fffdf8',
  ink: '#1d1b18',
  sea: '#cfdde6',
  land: '#e9e5dc',
  accent: '#9d1c1c',
}
export const STORY_TITLE =
  'Protests mount in Peru with at least 21 killed by US-trained security forces'
export const STORY_CREDIT = 'WSWS, 16 December 2022'
export const KICKER = 'EL MAPA DE LAS PROTESTAS'

const MARGIN = 64 // px, left and top of the text column
export const TEXT_RIGHT = 650 // px: no text may reach past this (tests/build checks the pixels)
export const MAP_FRAME: Frame = { x: 690, y: 0, width: IMAGE_WIDTH - 690, height: IMAGE_HEIGHT }
const MAP_PADDING = 26 // px between Peru (or the marked place) and the panel's edge
// [font size px, most lines]: the largest that fits; a long name gets smaller type, not 4 lines
const LABEL_FITS: [number, number][] = [
  [76, 2],
  [64, 3],
  [54, 3],
  [46, 3],
  [40, 3],
]
const TITLE_SIZE = 34 // px
const CREDIT_SIZE = 26 // px

export type ZoneCollection = FeatureCollection<Polygon | MultiPolygon, { id: string }>

export interface CardGeometry {
  regions: RegionCollection
  countries: CountryCollection
  zones: ZoneCollection
}

export interface CardContent {
  label: string
  highlight: Highlight
  title: string // the story's title; '' leaves it out (tests compare with and without)
  credit: string
}

export interface CardFonts {
  regular: FontMetrics
  bold: FontMetrics
}

function textLines(lines: string[], x: number, y: number, lineHeight: number, attrs: string) {
  const spans = lines
    .map(
      (line, i) =>
        `<tspan x="${x}" y="${Math.round(y + i * lineHeight)}">${escapeHtml(line)}</tspan>`,
    )
    .join('')
  return `<text ${attrs}>${spans}</text>`
}

function fitLabel(label: string, fonts: CardFonts): { size: number; lines: string[] } {
  const width = TEXT_RIGHT - MARGIN
  for (const [size, most] of LABEL_FITS) {
    const lines = wrap(label, width, size, fonts.bold)
    const widest = Math.max(...lines.map((l) => fonts.bold.width(l, size)))
    if (lines.length <= most && widest <= width) return { size, lines }
  }
  const [size, most] = LABEL_FITS.at(-1) ?? [40, 3]
  return { size, lines: wrap(label, width, size, fonts.bold).slice(0, most) }
}

function textColumn(content: CardContent, fonts: CardFonts): string {
  const font = `font-family="${FONT_FAMILY}"`
  const parts = [
    `<text x="${MARGIN}" y="92" ${font} font-size="20" font-weight="700" letter-spacing="2" fill="${COLOURS.accent}">${KICKER}</text>`,
  ]
  const label = fitLabel(content.label, fonts)
  const labelTop = 92 + 24 + label.size * 0.95
  const lineHeight = label.size * 1.08
  parts.push(
    textLines(
      label.lines,
      MARGIN,
      labelTop,
      lineHeight,
      `${font} font-size="${label.size}" font-weight="700" fill="${COLOURS.ink}"`,
    ),
  )
  const ruleY = Math.round(labelTop + (label.lines.length - 1) * lineHeight + 34)
  parts.push(`<rect x="${MARGIN}" y="${ruleY}" width="96" height="6" fill="${COLOURS.accent}"/>`)
  if (content.title) {
    const lines = wrap(content.title, TEXT_RIGHT - MARGIN, TITLE_SIZE, fonts.regular)
    parts.push(
      textLines(
        lines,
        MARGIN,
        ruleY + 30 + TITLE_SIZE,
        TITLE_SIZE * 1.3,
        `${font} font-size="${TITLE_SIZE}" fill="${COLOURS.ink}"`,
      ),
    )
  }
  parts.push(
    `<text x="${MARGIN}" y="${IMAGE_HEIGHT - 58}" ${font} font-size="${CREDIT_SIZE}" font-weight="700" fill="${COLOURS.ink}" fill-opacity="0.7">${escapeHtml(content.credit)}</text>`,
  )
  return parts.join('\n')
}

function contains(b: LngLatBounds, lng: number, lat: number): boolean {
  return lng >= b.west && lng <= b.east && lat >= b.south && lat <= b.north
}

/** An arrow at the panel's edge pointing at a place beyond it. */
function edgeArrow([px, py]: [number, number]): string {
  const f = MAP_FRAME
  const cx = f.x + f.width / 2
  const cy = f.y + f.height / 2
  const angle = Math.atan2(py - cy, px - cx)
  const inset = 40 // px from the edge to the arrow's tip
  const reach = Math.min(
    Math.abs((f.width / 2 - inset) / Math.cos(angle)),
    Math.abs((f.height / 2 - inset) / Math.sin(angle)),
  )
  const tip = [cx + Math.cos(angle) * reach, cy + Math.sin(angle) * reach]
  const at = (len: number, turn: number) => {
    const a = angle + Math.PI + turn
    return `${Math.round((tip[0] ?? 0) + Math.cos(a) * len)} ${Math.round((tip[1] ?? 0) + Math.sin(a) * len)}`
  }
  const head = `M${at(0, 0)}L${at(48, 0.45)}L${at(48, -0.45)}Z`
  return `<path d="${head}" fill="${COLOURS.accent}" stroke="${COLOURS.paper}" stroke-width="3" stroke-linejoin="round"/>`
}

function mapPanel(highlight: Highlight, geo: CardGeometry): string {
  let bounds = geo.regions.features.reduce((b, f) => geometryBounds(f.geometry, b), EMPTY_BOUNDS)
  const zone =
    highlight.kind === 'zone'
      ? geo.zones.features.find((f) => f.properties.id === highlight.zone)
      : undefined
  if (highlight.kind === 'zone' && !zone)
    throw new Error(`no zone "${highlight.zone}" in geo/zones.json`)
  if (zone) bounds = geometryBounds(zone.geometry, bounds)
  // The basemap covers a window around Peru: a place beyond it (Santiago de Chile) is not
  // framed, which would show it in an empty sea, but pointed at from the panel's edge.
  const window = geo.countries.features.reduce(
    (b, c) => geometryBounds(c.geometry, b),
    EMPTY_BOUNDS,
  )
  const offMap = highlight.kind === 'point' && !contains(window, highlight.lng, highlight.lat)
  if (highlight.kind === 'point' && !offMap) {
    bounds = extendBounds(bounds, highlight.lng, highlight.lat)
  }
  const project = fitProjection(bounds, MAP_FRAME, MAP_PADDING)
  const f = MAP_FRAME
  const parts = [
    `<rect x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}" fill="${COLOURS.sea}"/>`,
    '<g stroke-linejoin="round">',
  ]
  const countries = geo.countries.features
    .filter((c) => c.properties.iso_a2 !== 'PE')
    .map((c) => pathData(c.geometry, project))
    .join('')
  parts.push(
    `<path d="${countries}" fill="${COLOURS.land}" stroke="${COLOURS.paper}" stroke-width="1.5"/>`,
  )
  const marked = new Set(highlight.kind === 'regions' ? highlight.regions : [])
  const plain = geo.regions.features.filter((r) => !marked.has(r.properties.iso))
  const lit = geo.regions.features.filter((r) => marked.has(r.properties.iso))
  const regionPaths = (list: typeof plain) =>
    list.map((r) => pathData(r.geometry, project)).join('')
  parts.push(
    `<path d="${regionPaths(plain)}" fill="${COLOURS.paper}" stroke="${COLOURS.ink}" stroke-opacity="0.35" stroke-width="1"/>`,
  )
  if (lit.length > 0) {
    parts.push(
      `<path d="${regionPaths(lit)}" fill="${COLOURS.accent}" stroke="${COLOURS.paper}" stroke-width="1"/>`,
    )
  }
  if (zone) {
    parts.push(
      `<path d="${pathData(zone.geometry, project)}" fill="${COLOURS.accent}" fill-opacity="0.85" stroke="${COLOURS.accent}" stroke-width="2"/>`,
    )
  }
  if (highlight.kind === 'point' && offMap) {
    parts.push(edgeArrow(project(highlight.lng, highlight.lat)))
  } else if (highlight.kind === 'point') {
    const [x, y] = project(highlight.lng, highlight.lat).map(Math.round)
    parts.push(
      `<circle cx="${x}" cy="${y}" r="22" fill="none" stroke="${COLOURS.accent}" stroke-width="3"/>`,
      `<circle cx="${x}" cy="${y}" r="10" fill="${COLOURS.accent}" stroke="${COLOURS.paper}" stroke-width="3"/>`,
    )
  }
  // The panel touches the image's top, right and bottom edges: only its left side needs hiding
  // what is drawn beyond it, and the text column's paper does that. An SVG clip path made resvg
  // ~7× slower (93 ms an image against 13 ms on this machine).
  parts.push('</g>', `<rect width="${f.x}" height="${IMAGE_HEIGHT}" fill="${COLOURS.paper}"/>`)
  return parts.join('\n')
}

export function cardSvg(content: CardContent, geo: CardGeometry, fonts: CardFonts): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}">`,
    mapPanel(content.highlight, geo),
    textColumn(content, fonts),
    '</svg>',
  ].join('\n')
}
