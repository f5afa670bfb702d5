/**
 * Makes a map symbol's SVG element reachable by keyboard: a tab stop with the role of a button,
 * opened by Enter or Space like a click. Leaflet opens a bound tooltip when such an element gets
 * focus, so the reader hears and sees its name. Leaflet makes no path focusable by itself.
 */
const WIRED = new WeakSet<Element>() // an element is wired once, however often its layer is re-added

export function makeFocusable(el: Element | undefined, onActivate: () => void): void {
  if (!el) return
  el.setAttribute('tabindex', '0')
  el.setAttribute('role', 'button')
  if (WIRED.has(el)) return
  WIRED.add(el)
  el.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key
    if (key !== 'Enter' && key !== ' ') return
    event.preventDefault()
    event.stopPropagation()
    onActivate()
  })
}
