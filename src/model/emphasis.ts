/**
 * Italics inside the article panel's paragraphs: only the panel (a lazy chunk) imports this.
 */
import type { TextRange } from './article.ts'

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
