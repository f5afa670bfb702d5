/**
 * Whether the reader has acted on the page (a key, a mouse button, a finger) since the app
 * started: until then, the card on screen is the one the link opened, and focus stays at the
 * page's start (useCardFocus.ts). main.tsx starts the watch before anything renders, so the first
 * click that opens a card already counts. (The browser's own `navigator.userActivation` cannot
 * tell: automated browsers report every page as activated.)
 */
let acted = false

export function watchReader(): void {
  const mark = () => {
    acted = true
  }
  for (const type of ['pointerdown', 'keydown'] as const) {
    addEventListener(type, mark, { capture: true, once: true, passive: true })
  }
}

export function readerHasActed(): boolean {
  return acted
}
