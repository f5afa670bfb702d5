/**
 * Short texts for page heads and preview images, made from the data's own sentences:
 * clip('Invadido el lunes 12… Los días siguientes…', 40) → 'Invadido el lunes 12…' (whole
 * sentences when they fit, else whole words and an ellipsis).
 */

/** Cuts `text` to at most `max` characters, at a sentence end if one is far enough in. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const head = clean.slice(0, max)
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '))
  if (sentenceEnd >= max / 2) return `${head.slice(0, sentenceEnd)}.`
  const wordEnd = clean.slice(0, max).lastIndexOf(' ')
  const cut = clean.slice(0, wordEnd > 0 ? wordEnd : max - 1)
  return `${cut.replace(/[\s,;:.—–-]+$/, '')}…`
}

/** 'A, B, C y 2 más' / 'A, B and C': the first `listed` names, then a count of the rest. */
export function joinNames(names: readonly string[], listed: number, lang: 'es' | 'en'): string {
  const and = lang === 'es' ? ' y ' : ' and '
  if (names.length <= listed) {
    if (names.length <= 1) return names.join('')
    return `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`
  }
  const rest = names.length - listed
  const more = lang === 'es' ? `${rest} más` : `${rest} more`
  return `${names.slice(0, listed).join(', ')}${and}${more}`
}
