/**
 * The header's Share and Full screen buttons, and the print sheet's watcher (a chunk of their own:
 * the first load stays in budget).
 */
import './print.css'
import { useEffect } from 'react'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import { SHARE_STRINGS } from '../i18n/shareStrings.ts'
import type { Strings } from '../i18n/strings.ts'
import { FullscreenButton } from './FullscreenButton.tsx'
import { watchPrinting } from './printSheet.ts'
import { ShareButton } from './ShareButton.tsx'

export function HeaderActions({ lang, t }: { lang: Lang; t: Strings }) {
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
      <ShareButton lang={lang} t={t} />
      <FullscreenButton lang={lang} />
    </div>
  )
}
