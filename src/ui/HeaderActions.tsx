/** The header's Share and Full screen buttons (a chunk of their own: the first load stays in budget). */
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { FullscreenButton } from './FullscreenButton.tsx'
import { ShareButton } from './ShareButton.tsx'

export function HeaderActions({ lang, t }: { lang: Lang; t: Strings }) {
  return (
    <div className="header-actions">
      <ShareButton lang={lang} t={t} />
      <FullscreenButton lang={lang} />
    </div>
  )
}
