/**
 * The visible "Share / Compartir" button of every page (the full site's header, the embed's title
 * bar). The panel it opens is its own chunk, loaded on first use.
 */
import './share.css'
import { lazy, Suspense, useState } from 'react'
import type { ViewSource } from '../export/viewSource.ts'
import type { Lang } from '../i18n/lang.ts'
import { SHARE_STRINGS } from '../i18n/shareStrings.ts'
import type { Strings } from '../i18n/strings.ts'
import { ButtonIcon } from './ButtonIcon.tsx'

const LazyShareDialog = lazy(() =>
  import('./ShareDialog.tsx').then((m) => ({ default: m.ShareDialog })),
)

interface Props {
  lang: Lang
  t: Strings
  source: ViewSource // the address and the data, for the image's legend
}

export function ShareButton({ lang, t, source }: Props) {
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
        <ButtonIcon name="share" />
        <span className="button-text">{s.share}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <LazyShareDialog lang={lang} t={t} source={source} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
