/**
 * Which wrong link the "not found" notice names, as the selection changes. The notice is about the
 * link the reader opened, so it outlives what the app does to the address afterwards: the first
 * pan or fit writes a clean `/#map=…` address (a working share link for what is on screen), and the
 * notice must not vanish with the wrong path. It goes when the reader dismisses it, or when they
 * pick a region or a place; a later wrong link replaces it.
 */
import type { Selection } from './selection.ts'

export type NotFound = Extract<Selection, { kind: 'not-found' }>

export function noticeAfter(shown: NotFound | null, selection: Selection): NotFound | null {
  switch (selection.kind) {
    case 'not-found':
      return shown !== null && shown.key === selection.key && shown.what === selection.what
        ? shown
        : selection
    case 'none':
      return shown
    case 'region':
    case 'place':
      return null
  }
}
