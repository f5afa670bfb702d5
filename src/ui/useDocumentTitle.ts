/**
 * The tab's title names what is open, in the reader's language, and follows the selection:
 * "Ayacucho — Peru, December 2022: the map of the protests"; with nothing open, the map's title.
 * The prerendered pages carry the same title in Spanish (src/build/pages.ts).
 */
import { useEffect } from 'react'
import { pageTitle } from '../i18n/pageTitle.ts'

export function useDocumentTitle(name: string | null, site: string): void {
  useEffect(
    function nameTheTab() {
      document.title = pageTitle(name, site)
    },
    [name, site],
  )
}
