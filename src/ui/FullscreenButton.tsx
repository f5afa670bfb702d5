/**
 * Full screen (the Fullscreen API) for the whole page: the full site or the embed (whose iframe
 * needs `allowfullscreen`, which the embed code carries). Hidden where the browser refuses it.
 */
import { useEffect, useState } from 'react'
import type { Lang } from '../i18n/lang.ts'
import { SHARE_STRINGS } from '../i18n/shareStrings.ts'
import { ButtonIcon } from './ButtonIcon.tsx'

export function FullscreenButton({ lang }: { lang: Lang }) {
  const s = SHARE_STRINGS[lang]
  const [on, setOn] = useState(() => document.fullscreenElement != null)
  useEffect(function followFullscreen() {
    const update = () => setOn(document.fullscreenElement != null)
    document.addEventListener('fullscreenchange', update)
    return function stopFollowing() {
      document.removeEventListener('fullscreenchange', update)
    }
  }, [])
  if (!document.fullscreenEnabled) return null
  const toggle = () => {
    const done = on
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen({ navigationUI: 'hide' })
    done.catch(() => undefined) // refused (no user gesture, a frame without allowfullscreen)
  }
  return (
    <button type="button" className="button fullscreen-button" onClick={toggle}>
      <ButtonIcon name={on ? 'exitFullscreen' : 'fullscreen'} />
      <span className="button-text">{on ? s.exitFullscreen : s.fullscreen}</span>
    </button>
  )
}
