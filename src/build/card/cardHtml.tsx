/**
 * Puts the page's card into its HTML, after the static map: `<div id="static-card">` in the box
 * the live card will fill (the top of the side panel on desktop, the bottom sheet risen to its
 * card height on phones: ui/staticCard.css), so the first paint already shows what the link
 * selects, and the live card arriving shifts nothing. It is `inert` (its buttons only work in the
 * live card, which replaces it once drawn: map/staticFrameBoot.ts) and hidden from assistive
 * technology, which reads the same in the page's text (description.ts, below the map; also what
 * shows without JavaScript, where the card is hidden) until the live card is there.
 *
 * It holds the card in both languages, the English one `hidden`: static-frame.js, which runs
 * before the first paint, keeps the one the app will show (the reader's language, by the app's
 * rule), so an English reader's card does not change language when the app takes over.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import type { Lang } from '../../i18n/lang.ts'
import { STRINGS } from '../../i18n/strings.ts'
import type { Model } from '../../model/model.ts'
import type { CardSubject } from '../../ui/WholeCard.tsx'
import type { Focus } from '../svg/target.ts'
import { StaticCard } from './StaticCard.tsx'

const LANGS: readonly Lang[] = ['es', 'en'] // the pages' own language first: shown without JavaScript

/** What a page's card shows, or null for a page without one (the home page). */
export function cardSubject(focus: Focus, model: Model): CardSubject | null {
  if (focus.kind === 'place') return { kind: 'place', entry: focus.entry }
  if (focus.kind === 'region') {
    const region = model.regions.byIso(focus.iso)
    if (region) return { kind: 'region', region }
  }
  return null
}

/**
 * Gives the static card's ids (and the references to them) a prefix of their own: the live card,
 * drawn while the static one is still there, has the same ids, and so do the two languages.
 */
function ownIds(html: string, prefix: string): string {
  return html.replace(/ (id|aria-labelledby)="([^"]+)"/g, ` $1="${prefix}$2"`)
}

/** The card's HTML for a page, '' for a page without a card. */
export function staticCardHtml(focus: Focus, model: Model, link: string): string {
  const subject = cardSubject(focus, model)
  if (!subject) return ''
  const slots = LANGS.map((lang, i) => {
    const card = ownIds(
      renderToStaticMarkup(
        <StaticCard subject={subject} model={model} link={link} lang={lang} t={STRINGS[lang]} />,
      ),
      `static-${lang}-`,
    )
    return `<div class="card-slot" data-lang="${lang}"${i > 0 ? ' hidden' : ''}>${card}</div>`
  })
  return (
    '<div id="static-card" class="static-card" inert aria-hidden="true">' +
    '<div class="static-card-handle"><span></span></div>' +
    slots.join('') +
    '<div class="static-card-bar"></div></div>'
  )
}
