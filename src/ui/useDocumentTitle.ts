/**
 * The tab's title follows the selection, in the reader's language: "Ayacucho — Peru, December
 * 2022: the map of the protests"; with nothing open, the map's title (i18n/pageTitle.ts). The
 * prerendered pages carry the same title in Spanish (src/build/pages.ts).
 */
import { useEffect } from 'react'

export function useDocumentTitle(title: string): void {
  useEffect(
    function nameTheTab() {
      document.title = title
    },
    [title],
  )
}
