/**
 * Text widths from a TrueType file's own advance widths, so the preview image can wrap lines
 * itself: SVG has no line wrapping, and resvg draws a long line past the edge of the image.
 * Reads only what that needs: unitsPerEm (head), the advance widths (hhea, hmtx) and the
 * character → glyph map (cmap format 4, the Basic Multilingual Plane). Kerning is ignored: it
 * moves a line of Latin text by a few pixels at most, well inside the margins.
 */
import { readFileSync } from 'node:fs'

export interface FontMetrics {
  /** Width of `text` in pixels at `size` px. */
  width: (text: string, size: number) => number
}

function tables(font: Buffer): Map<string, number> {
  const count = font.readUInt16BE(4)
  const offsets = new Map<string, number>()
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16
    offsets.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8))
  }
  return offsets
}

function table(offsets: Map<string, number>, tag: string): number {
  const offset = offsets.get(tag)
  if (offset === undefined) throw new Error(`font has no ${tag} table`)
  return offset
}

/** The glyph of each BMP character, from the Windows Unicode cmap subtable (format 4). */
function glyphMap(font: Buffer, cmap: number): (code: number) => number {
  const count = font.readUInt16BE(cmap + 2)
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8
    const platform = font.readUInt16BE(record)
    const encoding = font.readUInt16BE(record + 2)
    const sub = cmap + font.readUInt32BE(record + 4)
    if (platform !== 3 || encoding !== 1 || font.readUInt16BE(sub) !== 4) continue
    const segments = font.readUInt16BE(sub + 6) / 2
    const ends = sub + 14
    const starts = ends + segments * 2 + 2
    const deltas = starts + segments * 2
    const rangeOffsets = deltas + segments * 2
    return (code) => {
      for (let s = 0; s < segments; s++) {
        if (code > font.readUInt16BE(ends + s * 2)) continue
        const start = font.readUInt16BE(starts + s * 2)
        if (code < start) return 0
        const delta = font.readUInt16BE(deltas + s * 2)
        const rangeAt = rangeOffsets + s * 2
        const range = font.readUInt16BE(rangeAt)
        if (range === 0) return (code + delta) & 0xffff
        const glyph = font.readUInt16BE(rangeAt + range + (code - start) * 2)
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff
      }
      return 0
    }
  }
  throw new Error('font has no format-4 Unicode cmap')
}

export function readMetrics(file: string): FontMetrics {
  const font = readFileSync(file)
  const offsets = tables(font)
  const unitsPerEm = font.readUInt16BE(table(offsets, 'head') + 18)
  const metricsCount = font.readUInt16BE(table(offsets, 'hhea') + 34)
  const hmtx = table(offsets, 'hmtx')
  const glyphOf = glyphMap(font, table(offsets, 'cmap'))
  const advance = (glyph: number) => font.readUInt16BE(hmtx + Math.min(glyph, metricsCount - 1) * 4)
  const cache = new Map<string, number>()
  const units = (char: string) => {
    let width = cache.get(char)
    if (width === undefined) {
      width = advance(glyphOf(char.codePointAt(0) ?? 0))
      cache.set(char, width)
    }
    return width
  }
  return {
    width(text, size) {
      let total = 0
      for (const char of text) total += units(char)
      return (total * size) / unitsPerEm
    },
  }
}

/** Cuts a word wider than the line into pieces that fit, each but the last ending in '-'. */
function breakWord(word: string, maxWidth: number, size: number, metrics: FontMetrics): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const char of word) {
    if (piece && metrics.width(`${piece}${char}-`, size) > maxWidth) {
      pieces.push(`${piece}-`)
      piece = ''
    }
    piece += char
  }
  return [...pieces, piece]
}

/** Splits `text` into lines no wider than `maxWidth` px, breaking at spaces (or in a word that
 * alone is too wide). */
export function wrap(text: string, maxWidth: number, size: number, metrics: FontMetrics): string[] {
  const lines: string[] = []
  let line = ''
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) =>
      metrics.width(w, size) > maxWidth ? breakWord(w, maxWidth, size, metrics) : [w],
    )
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word
    if (line && (line.endsWith('-') || metrics.width(candidate, size) > maxWidth)) {
      lines.push(line)
      line = word
    } else {
      line = candidate
    }
  }
  if (line) lines.push(line)
  return lines
}
