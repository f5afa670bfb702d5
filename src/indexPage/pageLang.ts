/**
 * The index pages' language, by the app's rule (i18n/lang.ts, state/url.ts): the first `?lang=`
 * that reads as es or en (any case, trimmed), else the browser's first Spanish or English
 * preference, else English. Written again here, importing nothing, so that the index pages'
 * script shares no chunk with the app: a shared chunk would add a request to every map page.
 * tests/unit/pageLang.test.ts checks that both agree.
 */
export type PageLang = 'es' | 'en'

function read(value: string): PageLang | null {
  const lang = value.trim().toLowerCase()
  return lang === 'es' || lang === 'en' ? lang : null
}

/** The `?lang=` of a query string, or null. */
export function langFromQuery(search: string): PageLang | null {
  for (const value of new URLSearchParams(search).getAll('lang')) {
    const lang = read(value)
    if (lang !== null) return lang
  }
  return null
}

export function pageLang(search: string, languages: readonly string[]): PageLang {
  const fromLink = langFromQuery(search)
  if (fromLink !== null) return fromLink
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0]
    if (primary === 'es' || primary === 'en') return primary
  }
  return 'en'
}
