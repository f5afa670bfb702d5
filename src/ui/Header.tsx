/** The title bar: the map's title, the story it maps, Share, Full screen and the language switch. */

import { lazy, Suspense } from 'react'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'

const LazyHeaderActions = lazy(() =>
  import('./HeaderActions.tsx').then((m) => ({ default: m.HeaderActions })),
)

interface Props {
  lang: Lang
  t: Strings
  onLang: (lang: Lang) => void
}

export function Header({ lang, t, onLang }: Props) {
  const other: Lang = lang === 'es' ? 'en' : 'es'
  return (
    <header className="app-header">
      <div className="app-titles">
        <h1 className="app-title">{t.appTitle}</h1>
        <p className="app-subtitle">
          <cite lang="en">{t.appSubtitle}</cite> — {t.storyCredit}
        </p>
      </div>
      <Suspense fallback={null}>
        <LazyHeaderActions lang={lang} t={t} />
      </Suspense>
      <button
        type="button"
        className="button lang-switch"
        lang={other}
        onClick={() => onLang(other)}
        title={t.switchToOther}
      >
        {t.otherLangName}
      </button>
    </header>
  )
}
