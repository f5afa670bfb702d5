/**
 * Copies a share link to the clipboard and says so in a live region. Where the clipboard API is
 * missing or refused (insecure origins, some in-app browsers) it says how to copy by hand.
 */
import { useState } from 'react'
import type { Strings } from '../i18n/strings.ts'

type Status = 'idle' | 'copied' | 'failed'

export function CopyLinkButton({ link, t }: { link: string; t: Strings }) {
  const [status, setStatus] = useState<Status>('idle')

  async function copy() {
    try {
      await navigator.clipboard.writeText(link)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }

  return (
    <div className="copy-link">
      <button type="button" className="button" onClick={copy} data-link={link}>
        {t.copyLink}
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {status === 'copied' ? t.linkCopied : status === 'failed' ? t.copyFailed : ''}
      </span>
    </div>
  )
}
