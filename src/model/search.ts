/**
 * Matching typed text against names without minding case or accents: "apurimac", "APURÍMAC" and
 * "puri" all find Apurímac.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()
}

export function matches(query: string, ...names: string[]): boolean {
  const q = fold(query)
  return q === '' || names.some((name) => fold(name).includes(q))
}
