/**
 * The title bar: the map's title and the story it maps; its buttons (Share, Full screen, the
 * language switch) are a chunk of their own, loaded at once but outside the first load's budget.
 */

import './header.css'
import { lazy, Suspense } from 'react'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { LoadState } from '../model/useLoadedModel.ts'
import type { UrlState } from '../state/url.ts'

const LazyHeaderActions = lazy(() =>
  import('./HeaderActions.tsx').then((m) => ({ default: m.HeaderActions })),
)

interface Props {
  lang: Lang
  t: Strings
  onLang: (lang: Lang) => void
  state: UrlState // for the Share panel's image
  load: LoadState
}

export function Header({ lang, t, onLang, state, load }: Props) {
  return (
    <header className="app-header">
      <div className="app-titles">
        <h1 className="app-title">{t.appTitle}</h1>
        <p className="app-subtitle">
          <cite lang="en">{t.appSubtitle}</cite> — {t.storyCredit}
        </p>
      </div>
      <Suspense fallback={null}>
        <LazyHeaderActions lang={lang} t={t} onLang={onLang} state={state} load={load} />
      </Suspense>
    </header>
  )
}
