/**
 * Focus follows the selection's card: when a card opens (a new selection key), focus moves to its
 * title; when it closes, focus goes back where it was (a list button, a mention in the article),
 * so keyboard readers never lose their place. Only if focus was in the card, or lost with it.
 *
 * Not for the card a link opened: until the reader has acted on the page (a click, a key), focus
 * stays at the page's start, where the skip link and the title are, and no focus ring lands on
 * the card's title before anyone has touched the page.
 */
import { type RefObject, useEffect } from 'react'
import { readerHasActed } from './readerActed.ts'

export function useCardFocus(card: RefObject<HTMLElement | null>, selectionKey: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per opened selection, by key
  useEffect(
    function moveFocusIntoCard() {
      const previous = document.activeElement
      if (readerHasActed())
        card.current?.querySelector<HTMLElement>('.card-title')?.focus({ preventScroll: true })
      return function restoreFocus() {
        const active = document.activeElement
        const inCard = active !== null && card.current?.contains(active)
        const lost = !active || active === document.body || !active.isConnected
        if ((inCard || lost) && previous instanceof HTMLElement && previous.isConnected) {
          previous.focus({ preventScroll: true })
        }
      }
    },
    [card, selectionKey],
  )
}
