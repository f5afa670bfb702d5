/**
 * The article as the panel shows it: data/article.md parsed into a header and plain-text
 * paragraphs, each cut into text and mentions of data/references.json, and the paragraphs that
 * speak about a place or region selected on the map.
 *
 *   parseArticle('# Title\n\nAuthor: A\nPublisher: P\nDate: 2022-12-16\n\nA _sui generis_ one.')
 *     → { title: 'Title', …, paragraphs: ['A sui generis one.'], emphasis: [[{ start: 2, end: 13 }]] }
 *   segmentParagraph("Peru's Peruvians", [{ text: 'Peru', … }])
 *     → [mention 'Peru', text "'s Peruvians"]
 *
 * Pure and built once at load: the article is build-time data, so a malformed header throws.
 */
import type { Quote, Reference } from '../../data/types.ts'

/** A span of a paragraph's plain text, in UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number
  end: number
}

export interface ParsedArticle {
  title: string
  author: string
  publisher: string
  date: string // ISO date, YYYY-MM-DD
  paragraphs: string[] // plain text: emphasis markers removed
  emphasis: TextRange[][] // per paragraph, where the markers were (shown in italics)
}

/** A piece of a paragraph; concatenating a paragraph's segments gives back its text. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; text: string; ref: Reference; index: number } // index in the references

/** What is selected on the map: a place (by id) or a region (by ISO 3166-2 code). */
export type ArticleTarget = { placeId: string } | { iso: string }

const HEADER_KEYS = ['Author', 'Publisher', 'Date'] as const
const HEADER_LINE = /^(Author|Publisher|Date):\s*(.*)$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
// `*x*`, `_x_`, `**x**`, `__x__` not inside a word (snake_case stays as written). No nesting.
const EMPHASIS =
  /(?<![\p{L}\p{N}\p{M}*_\\])(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}\p{M}*_])/gu
// Letters, digits and combining marks: a mention may not start or end next to one.
const WORD_START = /^[\p{L}\p{N}\p{M}_]/u
const WORD_END = /[\p{L}\p{N}\p{M}_]$/u

/** Removes emphasis markers, remembering where the emphasised text is. */
export function stripEmphasis(markdown: string): { text: string; emphasis: TextRange[] } {
  let text = ''
  let from = 0
  const emphasis: TextRange[] = []
  for (const match of markdown.matchAll(EMPHASIS)) {
    const inner = match[2] ?? ''
    text += markdown.slice(from, match.index)
    emphasis.push({ start: text.length, end: text.length + inner.length })
    text += inner
    from = match.index + match[0].length
  }
  return { text: text + markdown.slice(from), emphasis }
}

function fail(what: string): never {
  throw new Error(
    `article.md: ${what} (expected "# <title>", then "Author: …", "Publisher: …", "Date: YYYY-MM-DD", a blank line and the paragraphs)`,
  )
}

/** Parses data/article.md; throws an Error naming what is missing when the header is malformed. */
export function parseArticle(markdown: string): ParsedArticle {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  let at = lines.findIndex((line) => line.trim() !== '')
  const title = /^#\s+(.+)$/.exec(lines[at] ?? '')?.[1]?.trim()
  if (!title) fail('the first line is not a "# <title>" heading')
  at++
  while (at < lines.length && lines[at]?.trim() === '') at++
  const header = new Map<string, string>()
  for (; at < lines.length; at++) {
    const match = HEADER_LINE.exec(lines[at] ?? '')
    if (!match) break
    const [, key = '', value = ''] = match
    if (header.has(key)) fail(`"${key}:" appears twice`)
    header.set(key, value.trim())
  }
  const missing = HEADER_KEYS.filter((key) => !header.get(key))
  if (missing.length) fail(`missing ${missing.map((key) => `"${key}:"`).join(', ')} in the header`)
  const date = header.get('Date') ?? ''
  if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    fail(`"Date: ${date}" is not an ISO date (YYYY-MM-DD)`)
  const blocks = lines
    .slice(at)
    .join('\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim().replace(/\s*\n\s*/g, ' ')) // a soft line break is a space
    .filter(Boolean)
  if (!blocks.length) fail('no paragraphs after the header')
  const body = blocks.map(stripEmphasis)
  return {
    title: stripEmphasis(title).text,
    author: header.get('Author') ?? '',
    publisher: header.get('Publisher') ?? '',
    date,
    paragraphs: body.map((p) => p.text),
    emphasis: body.map((p) => p.emphasis),
  }
}

/** True when `text[start, end)` does not begin or end in the middle of a word. */
function atWordBoundaries(text: string, start: number, end: number): boolean {
  const needle = text.slice(start, end)
  // Two code units either side, so a character outside the BMP is seen whole.
  if (WORD_START.test(needle) && WORD_END.test(text.slice(Math.max(0, start - 2), start)))
    return false
  if (WORD_END.test(needle) && WORD_START.test(text.slice(end, end + 2))) return false
  return true
}

interface Match extends TextRange {
  index: number
}

function occurrences(text: string, references: readonly Reference[]): Match[] {
  const found: Match[] = []
  references.forEach((ref, index) => {
    if (!ref.text) return
    for (let at = text.indexOf(ref.text); at >= 0; at = text.indexOf(ref.text, at + 1)) {
      const end = at + ref.text.length
      if (atWordBoundaries(text, at, end)) found.push({ start: at, end, index })
    }
  })
  return found
}

/**
 * Cuts a paragraph into text and mentions: every whole-word, case-sensitive occurrence of a
 * reference's text, longest first, never overlapping ("Peru's" mentions Peru, "Peruvians" does
 * not; "Agrarian and Rural Front of Peru" wins over the "Peru" inside it).
 */
export function segmentParagraph(text: string, references: readonly Reference[]): Segment[] {
  const chosen: Match[] = []
  const byLength = occurrences(text, references).sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.index - b.index,
  )
  for (const match of byLength)
    if (!chosen.some((c) => match.start < c.end && c.start < match.end)) chosen.push(match)
  chosen.sort((a, b) => a.start - b.start)

  const segments: Segment[] = []
  let from = 0
  for (const { start, end, index } of chosen) {
    const ref = references[index] as Reference
    if (start > from) segments.push({ kind: 'text', text: text.slice(from, start) })
    segments.push({ kind: 'mention', text: text.slice(start, end), ref, index })
    from = end
  }
  if (from < text.length) segments.push({ kind: 'text', text: text.slice(from) })
  return segments
}

/** Every paragraph's segments, in order; compute once at load. */
export function mentionsOf(article: ParsedArticle, references: readonly Reference[]): Segment[][] {
  return article.paragraphs.map((text) => segmentParagraph(text, references))
}

/** A paragraph's text again, from its segments. */
export function paragraphText(segments: readonly Segment[]): string {
  return segments.map((segment) => segment.text).join('')
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Whether places/regions of a reference or quote point at the target. */
function pointsAt(
  places: readonly string[],
  regions: readonly string[],
  target: ArticleTarget,
  placeRegion: (id: string) => string | null,
): boolean {
  if ('placeId' in target) return places.includes(target.placeId)
  return regions.includes(target.iso) || places.some((id) => placeRegion(id) === target.iso)
}

/**
 * Indices of the paragraphs about a place or region: those with a mapped mention of it, or
 * containing (white space normalised) a quote tied to it. For a region, a place counts when
 * `placeRegion` puts it there.
 */
export function paragraphsAbout(
  segmented: readonly (readonly Segment[])[],
  quotes: readonly Quote[],
  target: ArticleTarget,
  placeRegion: (id: string) => string | null,
): number[] {
  const quoteTexts = quotes
    .filter((quote) => pointsAt(quote.places, quote.regions, target, placeRegion))
    .map((quote) => normalizeSpace(stripEmphasis(quote.text).text))
  const found: number[] = []
  segmented.forEach((segments, index) => {
    const mentioned = segments.some(
      (s) =>
        s.kind === 'mention' &&
        s.ref.status === 'mapped' &&
        pointsAt(s.ref.places, s.ref.regions, target, placeRegion),
    )
    const text = normalizeSpace(paragraphText(segments))
    if (mentioned || quoteTexts.some((quote) => text.includes(quote))) found.push(index)
  })
  return found
}

/** A run of text, emphasised or not. */
export interface Piece {
  text: string
  em: boolean
}

/**
 * Splits `text`, which starts at `offset` in its paragraph, where the paragraph's emphasis
 * ranges begin and end, so a mention or a text segment can show its italics.
 */
export function emphasisPieces(
  text: string,
  offset: number,
  ranges: readonly TextRange[],
): Piece[] {
  const pieces: Piece[] = []
  let from = 0
  for (const range of ranges) {
    const start = Math.max(range.start - offset, from)
    const end = Math.min(range.end - offset, text.length)
    if (end <= start) continue
    if (start > from) pieces.push({ text: text.slice(from, start), em: false })
    pieces.push({ text: text.slice(start, end), em: true })
    from = end
  }
  if (from < text.length || !pieces.length) pieces.push({ text: text.slice(from), em: false })
  return pieces
}

/** The article parsed and each paragraph cut into text and mentions, once per text. */
export function readArticle(
  text: string,
  references: readonly Reference[],
): { parsed: ParsedArticle; segments: Segment[][] } {
  const parsed = parseArticle(text)
  return { parsed, segments: mentionsOf(parsed, references) }
}
