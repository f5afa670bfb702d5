/**
 * The Share panel's "Download an image (PNG)" button. The drawing code (this folder) travels in
 * the Share panel's chunk, loaded on first use. While it draws, the button says so and is disabled, and a
 * failure is said in a polite status rather than thrown.
 */
import { useState } from 'react'
import type { Lang } from '../i18n/lang.ts'
import { SHARE_STRINGS } from '../i18n/shareStrings.ts'
import type { Strings } from '../i18n/strings.ts'
import { downloadView } from './exportView.ts'
import type { ViewSource } from './viewSource.ts'

interface Props {
  lang: Lang
  t: Strings
  address: string // the link to what is on screen
  source: ViewSource
}

export function DownloadImageButton({ lang, t, address, source }: Props) {
  const s = SHARE_STRINGS[lang]
  const [status, setStatus] = useState<'idle' | 'drawing' | 'failed'>('idle')
  async function download() {
    setStatus('drawing')
    try {
      await downloadView(lang, t, s.legendHeading, address, source)
      setStatus('idle')
    } catch {
      setStatus('failed')
    }
  }
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={download}
        disabled={status === 'drawing'}
        aria-describedby="download-image-status"
      >
        {status === 'drawing' ? s.drawingImage : s.downloadImage}
      </button>
      <span id="download-image-status" role="status">
        {status === 'failed' ? s.imageFailed : ''}
      </span>
    </>
  )
}
