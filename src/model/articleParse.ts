/**
 * data/article.md parsed into a header and plain-text paragraphs (the types, and cutting them into
 * mentions, are in article.ts). Only the first view's data chunk (data-view.ts) imports this
 * module, so the parser ships in that lazy chunk, not the entry.
 *
 *   parseArticle('# Title\n\nAuthor: A\nPublisher: P\nDate: 2022-12-16\n\nA _sui generis_ one.')
 *     → { title: 'Title', …, paragraphs: ['A sui generis one.'], emphasis: [[{ start: 2, end: 13 }]] }
 *
 * Pure and built once at load: the article is build-time data, so a malformed header throws.
 */
import { type ParsedArticle, stripEmphasis } from './article.ts'

const HEADER_KEYS = ['Author', 'Publisher', 'Date'] as const
const HEADER_LINE = /^(Author|Publisher|Date):\s*(.*)$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

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
