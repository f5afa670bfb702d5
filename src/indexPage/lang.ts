/**
 * The index pages' only script (src/build/indexPages.ts writes both languages into the page,
 * Spanish shown): shows the language the app would pick, `?lang=` first, else the browser's
 * preference, and keeps `?lang=` on the page's links when the address has it.
 */
import { langFromQuery, pageLang } from './pageLang.ts'

const search = window.location.search
const lang = pageLang(search, navigator.languages ?? [navigator.language])
const fromLink = langFromQuery(search) !== null
for (const section of document.querySelectorAll<HTMLElement>('.index-page[lang]')) {
  const shown = section.lang === lang
  section.hidden = !shown
  if (!shown) continue
  document.documentElement.lang = lang
  if (section.dataset.title) document.title = section.dataset.title
  if (!fromLink) continue
  for (const link of section.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
    const url = new URL(link.href)
    url.searchParams.set('lang', lang)
    link.href = url.href
  }
}
