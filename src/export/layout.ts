/**
 * Where everything goes in the downloaded image, pure (the measuring is passed in, so a test can
 * lay out without a canvas): the title and the story's credit on top, the map as on screen, then
 * the legend (rows flow left to right and wrap) and the attribution. CSS pixels; the image is
 * drawn at SCALE times that.
 */
import type { LegendRow } from './legendRows.ts'

export const SCALE = 2 // image pixels per CSS pixel: sharp on print and high-density screens
const PAD = 16 // px around and between the blocks
const SWATCH = 14 // px, the legend's colour square
const ROW_GAP = 18 // px between two legend entries on a line
const FONT = 'system-ui, "DejaVu Sans", sans-serif'
export const FONTS = {
  title: `600 20px ${FONT}`,
  subtitle: `14px ${FONT}`,
  heading: `600 14px ${FONT}`,
  legend: `14px ${FONT}`,
  credit: `12px ${FONT}`,
} as const
const LINE = { title: 26, subtitle: 19, heading: 20, legend: 22, credit: 17 } as const // px

export interface ImageText {
  title: string
  subtitle: string
  legendHeading: string
  rows: readonly LegendRow[]
  credits: readonly string[]
}

export interface TextOp {
  text: string
  x: number
  y: number // baseline
  font: string
}

export interface SwatchOp {
  x: number
  y: number
  size: number
  color: string
  kind: LegendRow['kind']
}

export interface ImageLayout {
  width: number
  height: number
  map: { x: number; y: number; width: number; height: number }
  texts: TextOp[]
  swatches: SwatchOp[]
}

type Measure = (text: string, font: string) => number

/** Greedy word wrap to `width`; a word longer than the line gets a line of its own. */
export function wrap(text: string, width: number, font: string, measure: Measure): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && measure(next, font) > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

export function layoutImage(
  mapWidth: number,
  mapHeight: number,
  text: ImageText,
  measure: Measure,
): ImageLayout {
  const width = mapWidth
  const inner = width - 2 * PAD
  const texts: TextOp[] = []
  const swatches: SwatchOp[] = []
  let y = PAD
  const lines = (value: string, font: keyof typeof FONTS) => {
    for (const line of wrap(value, inner, FONTS[font], measure)) {
      y += LINE[font]
      texts.push({ text: line, x: PAD, y: y - 6, font: FONTS[font] })
    }
  }
  lines(text.title, 'title')
  lines(text.subtitle, 'subtitle')
  y += PAD / 2
  const map = { x: 0, y, width: mapWidth, height: mapHeight }
  y += mapHeight + PAD / 2
  if (text.rows.length > 0) {
    lines(text.legendHeading, 'heading')
    let x = PAD
    y += LINE.legend
    for (const row of text.rows) {
      const w = SWATCH + 6 + measure(row.label, FONTS.legend)
      if (x > PAD && x + w > width - PAD) {
        x = PAD
        y += LINE.legend
      }
      swatches.push({ x, y: y - 6 - SWATCH + 2, size: SWATCH, color: row.color, kind: row.kind })
      texts.push({ text: row.label, x: x + SWATCH + 6, y: y - 6, font: FONTS.legend })
      x += w + ROW_GAP
    }
    y += PAD / 2
  }
  for (const credit of text.credits) lines(credit, 'credit')
  return { width, height: Math.ceil(y + PAD), map, texts, swatches }
}

/** The file's name from the page's address: `peru-map-region-ayacucho.png`, ASCII only. */
export function imageFileName(pathname: string): string {
  const parts = pathname.split('/')
  const at = parts.findIndex((part) => part === 'region' || part === 'place')
  const key = at >= 0 ? parts[at + 1] : undefined
  const safe = key && /^[a-z0-9-]+$/i.test(key) ? `-${parts[at]}-${key.toLowerCase()}` : ''
  return `peru-map${safe}.png`
}
