/**
 * What the card says about a place: its kind and name, then its body (children: PlaceCardBody,
 * lazy in the app, drawn at once in the page's static card: build/card/): when, what happened
 * there, the article's words, the other facts with their sources, whether its location is
 * approximate, and its link.
 */
import type { ReactNode } from 'react'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { PlaceEntry } from '../model/story.ts'

interface Props {
  entry: PlaceEntry
  lang: Lang
  t: Strings
  children: ReactNode // PlaceCardBody
}

export function PlaceCard({ entry, lang, t, children }: Props) {
  const { place } = entry
  const titleId = `card-title-${place.id}`
  return (
    <article className={`card card-${place.layer}`} aria-labelledby={titleId} lang={lang}>
      <p className="card-kind">
        {t[`kind_${place.kind}`]}
        {!place.named_in_article && <span className="badge">{t.notNamedInArticle}</span>}
      </p>
      <h2 className="card-title" id={titleId} tabIndex={-1}>
        {place.name[lang]}
      </h2>
      {children}
    </article>
  )
}
