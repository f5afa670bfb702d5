/** Escape closes what is open (the card of a region or place), wherever the focus is. */
import { useEffect } from 'react'
import { clearSelection } from './actions.ts'

export function useEscapeToClose(selectionKey: string): void {
  useEffect(
    function escapeCloses() {
      if (selectionKey === '') return
      function onKey(e: KeyboardEvent) {
        if (e.key === 'Escape' && !e.defaultPrevented) clearSelection()
      }
      document.addEventListener('keydown', onKey)
      return function stopListening() {
        document.removeEventListener('keydown', onKey)
      }
    },
    [selectionKey],
  )
}
