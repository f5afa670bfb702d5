/**
 * The boxes the map's labels take on screen, in CSS px around their anchor, drawn with the same
 * numbers as src/styles.css (tests/geo reads the CSS and checks them), and where an anchor lands
 * in Leaflet's pixel space at a zoom. Leaflet's pixel coordinates at a zoom do not depend on the
 * screen, so two labels overlap at a zoom on every screen or on none (up to font metrics:
 * textWidth.mjs takes the widest font of the page's stack).
 *
 * A centred label (region, country, lake) is its text's box around the anchor; a town is a dot on
 * the anchor with its name to the right, both centred on the anchor's height.
 */
import { textWidth } from './textWidth.mjs'

export const LABEL_STYLE = {
  // .region-label: 11 px; bold for the regions the article names, so all are measured bold.
  // Line height is the font's normal one, 13 px at 11 px in DejaVu Sans, taken as 14.
  region: { size: 11, bold: true, lineHeight: 14 },
  // .country-label: 13 px capitals with 0.08 em letter spacing; normal line height 15.1 px.
  country: { size: 13, letterSpacing: 0.08, upper: true, lineHeight: 16 },
  // .lake-label: 11 px italic (DejaVu Sans Oblique has the upright widths), line height 13 px.
  lake: { size: 11, lineHeight: 13 },
  // .town-label: 10 px, line height 12 px; a 4 px dot, 3 px before the name.
  town: { size: 10, lineHeight: 12, dot: 4, gap: 3 },
  // .town-label-capital: a department's capital, bold, with a 6 px dot.
  capital: { size: 10, bold: true, lineHeight: 12, dot: 6, gap: 3 },
}
export const MARGIN = 2 // px on every side: labels keep 4 px apart, room for the text's white halo
const TILE = 256 // px: the world's width at zoom 0 (Leaflet's EPSG:3857)

/**
 * @param {keyof typeof LABEL_STYLE} kind
 * @param {string[]} texts the label in each language: the box fits the widest
 * @returns {number[]} [left, top, right, bottom] px from the anchor, margin included
 */
export function labelBox(kind, texts) {
  const style = LABEL_STYLE[kind]
  const width = Math.max(...texts.map((t) => textWidth(style.upper ? t.toUpperCase() : t, style)))
  const half = style.lineHeight / 2
  if ('dot' in style) {
    const r = style.dot / 2
    return [-r - MARGIN, -half - MARGIN, r + style.gap + width + MARGIN, half + MARGIN]
  }
  return [-width / 2 - MARGIN, -half - MARGIN, width / 2 + MARGIN, half + MARGIN]
}

/** Leaflet's pixel position of a point at a zoom (spherical Mercator), as [x, y]. */
export function project({ lat, lng }, zoom) {
  const size = TILE * 2 ** zoom
  const sin = Math.sin((lat * Math.PI) / 180)
  return [size * (0.5 + lng / 360), size * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI))]
}

/**
 * Whether two labels' boxes overlap at a zoom.
 * @param {{ lat: number, lng: number, box: number[] }} a
 * @param {{ lat: number, lng: number, box: number[] }} b
 */
export function collide(a, b, zoom) {
  const [ax, ay] = project(a, zoom)
  const [bx, by] = project(b, zoom)
  return (
    ax + a.box[0] < bx + b.box[2] &&
    bx + b.box[0] < ax + a.box[2] &&
    ay + a.box[1] < by + b.box[3] &&
    by + b.box[1] < ay + a.box[3]
  )
}
