/**
 * Facts from outside the article, each with its sources, its "as of" date and, when it is not
 * high, its confidence. The facts load after the first view: until then it says they are loading.
 * The list itself (FactItems.tsx) loads with them, as its own chunk.
 */
import { lazy, Suspense } from 'react'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { useDetails } from '../model/details.ts'

const LazyFactItems = lazy(() => import('./FactItems.tsx').then((m) => ({ default: m.FactItems })))

interface Props {
  ids: readonly string[]
  lang: Lang
  t: Strings
}

export function FactList({ ids, lang, t }: Props) {
  const details = useDetails()
  if (ids.length === 0) return null
  const loading = (
    <p className="fact-loading" role="status">
      {t.loadingDetails}
    </p>
  )
  if (!details) return loading
  return (
    <Suspense fallback={loading}>
      <LazyFactItems ids={ids} details={details} lang={lang} t={t} />
    </Suspense>
  )
}
