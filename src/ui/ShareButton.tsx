/**
 * The visible "Share / Compartir" button of every page (the full site's header, the embed's title
 * bar). The panel it opens is its own chunk, loaded on first use.
 */
import './share.css'
import { lazy, Suspense, useState } from 'react'
import type { Lang } from '../i18n/lang.ts'
import { SHARE_STRINGS } from '../i18n/shareStrings.ts'
import type { Strings } from '../i18n/strings.ts'

const LazyShareDialog = lazy(() =>
  import('./ShareDialog.tsx').then((m) => ({ default: m.ShareDialog })),
)

export function ShareButton({ lang, t }: { lang: Lang; t: Strings }) {
  const [open, setOpen] = useState(false)
  const s = SHARE_STRINGS[lang]
  return (
    <>
      <button
        type="button"
        className="button share-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {s.share}
      </button>
      {open && (
        <Suspense fallback={null}>
          <LazyShareDialog lang={lang} t={t} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
