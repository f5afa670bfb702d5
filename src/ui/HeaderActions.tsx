/**
 * The header's Share, Full screen and language buttons, and the print sheet's watcher (a chunk of
 * their own: the first load stays in budget).
 */
import './print.css'
import { useEffect } from 'react'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import { SHARE_STRINGS } from '../i18n/shareStrings.ts'
import type { Strings } from '../i18n/strings.ts'
import type { LoadState } from '../model/useLoadedModel.ts'
import type { UrlState } from '../state/url.ts'
import { FullscreenButton } from './FullscreenButton.tsx'
import { watchPrinting } from './printSheet.ts'
import { ShareButton } from './ShareButton.tsx'

interface Props {
  lang: Lang
  t: Strings
  onLang: (lang: Lang) => void
  state: UrlState
  load: LoadState
}

export function HeaderActions({ lang, t, onLang, state, load }: Props) {
  const other: Lang = lang === 'es' ? 'en' : 'es'
  useEffect(
    function printTheSelection() {
      return watchPrinting(() => ({
        credit: `${t.appSubtitle} — ${t.storyCredit}`,
        address: (url) => format(SHARE_STRINGS[lang].pageAddress, { url }),
      }))
    },
    [lang, t],
  )
  return (
    <div className="header-actions">
      <ShareButton
        lang={lang}
        t={t}
        source={{ state, model: load.status === 'ready' ? load.model : null }}
      />
      <FullscreenButton lang={lang} />
      <button
        type="button"
        className="button lang-switch"
        lang={other}
        onClick={() => onLang(other)}
        title={t.switchToOther}
      >
        {t.otherLangName}
      </button>
    </div>
  )
}
