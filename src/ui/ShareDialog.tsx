/**
 * The Share panel (a native modal <dialog>: focus stays inside, Escape closes it, focus returns
 * to the Share button): the link to exactly what is on screen, the embed code, e-mail, the
 * browser's share sheet where there is one. No third-party script.
 */
import { useEffect, useRef, useState } from 'react'
import { EMBED_SCRIPT, embedCode, onScreenLinks } from '../embed/code.ts'
import { DownloadImageButton } from '../export/DownloadImageButton.tsx'
import type { ViewSource } from '../export/viewSource.ts'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import { SHARE_STRINGS } from '../i18n/shareStrings.ts'
import type { Strings } from '../i18n/strings.ts'
import { siteRoot } from '../state/root.ts'
import { CopyField } from './CopyField.tsx'

interface Props {
  lang: Lang
  t: Strings
  source: ViewSource // what the image's legend is made from
  onClose: () => void
}

export function ShareDialog({ lang, t, source, onClose }: Props) {
  const s = SHARE_STRINGS[lang]
  const dialog = useRef<HTMLDialogElement>(null)
  // What is on screen when the panel opens, in the language it is read in.
  const [links] = useState(() => onScreenLinks(window.location, siteRoot(), lang))
  const link = links.page
  const title = document.title || t.appTitle
  const code = embedCode({
    embedUrl: links.embed,
    pageUrl: link,
    scriptUrl: new URL(EMBED_SCRIPT, siteRoot()).href,
    title,
    linkText: format(s.embedOpenFullMap, { title }),
  })
  const canShare = typeof navigator.share === 'function'

  useEffect(function openModal() {
    const el = dialog.current
    if (el && !el.open) el.showModal()
  }, [])

  async function shareSheet() {
    try {
      await navigator.share({ title, url: link })
    } catch {
      // dismissed by the reader, or refused: nothing to say
    }
  }

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-heading" onClose={onClose}>
      <div className="share-head">
        <h2 id="share-heading">{s.shareHeading}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {s.close}
        </button>
      </div>
      <CopyField
        label={s.shareLinkLabel}
        value={link}
        copyLabel={t.copyLink}
        copiedLabel={t.linkCopied}
        t={t}
      />
      <CopyField
        label={s.embedCodeLabel}
        value={code}
        copyLabel={s.copyCode}
        copiedLabel={s.codeCopied}
        multiline
        t={t}
      />
      <ul className="share-actions">
        <li>
          <a
            className="button"
            href={`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(link)}`}
          >
            {s.shareByEmail}
          </a>
        </li>
        <li>
          <DownloadImageButton lang={lang} t={t} address={link} source={source} />
        </li>
        {canShare && (
          <li>
            <button type="button" className="button" onClick={shareSheet}>
              {s.shareSheet}
            </button>
          </li>
        )}
      </ul>
    </dialog>
  )
}
