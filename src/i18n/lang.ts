/**
 * Picks the interface language: the link's `?lang=` wins; otherwise Spanish for browsers that
 * prefer Spanish (any `es-*` before any `en-*` in navigator.languages), else English.
 */
export type Lang = 'es' | 'en'

export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0]
    if (primary === 'es') return 'es'
    if (primary === 'en') return 'en'
  }
  return 'en'
}

export function pickLang(fromLink: Lang | null, languages: readonly string[]): Lang {
  return fromLink ?? preferredLang(languages)
}
