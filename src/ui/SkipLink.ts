/**
 * The skip link's behaviour in the running app. The link itself ("Saltar a la descripción del
 * mapa", the page's first Tab stop) is a plain `#map-description` link in index.html, before
 * `#root`, so every page has it, without JavaScript too, and it costs the initial JavaScript
 * nothing. Here it gets the reader's language, and in the app a click moves the focus to the
 * description without touching the address (a fragment would replace the `#map=` view).
 */
import { useEffect } from 'react'
import { allStrings } from '../i18n/allStrings.ts'
import type { Lang } from '../i18n/lang.ts'

export const DESCRIPTION_ID = 'map-description'

export function useSkipLink(lang: Lang): void {
  useEffect(
    function speakTheReadersLanguage() {
      const link = document.querySelector<HTMLAnchorElement>('a.skip-link')
      if (!link) return
      link.textContent = allStrings(lang).skipToDescription
      link.lang = lang
    },
    [lang],
  )
  useEffect(function focusDescriptionInstead() {
    function onClick(event: MouseEvent) {
      const link = event.target instanceof Element ? event.target.closest('a.skip-link') : null
      const target = document.getElementById(DESCRIPTION_ID)
      if (!link || !target) return
      event.preventDefault()
      target.focus()
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [])
}
