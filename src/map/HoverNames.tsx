/**
 * Names on hover and keyboard focus: one Leaflet tooltip (react-leaflet <Tooltip>, permanent, on
 * an invisible point) shows the name of the symbol or region under the pointer or with focus, in
 * the reader's language (the element's accessible name, which the layers keep in that language).
 * Over a region it follows the pointer; over a symbol it sits above it.
 *
 * It also makes every clickable symbol a keyboard button: a tab stop (role button) that Enter or
 * Space opens like a click. Leaflet makes no path focusable by itself. One listener on the map for
 * all of them (event delegation), loaded after the first paint.
 */
import type { LatLng, PathOptions } from 'leaflet'
import { useEffect, useState } from 'react'
import { CircleMarker, Tooltip, useMap } from 'react-leaflet'

const SYMBOL = 'path.place.leaflet-interactive' // clickable symbols and areas (layers/placeStyle.ts)
const NAMED = 'path.region, path.place' // elements whose aria-label is their name
const HIDDEN: PathOptions = { stroke: false, fill: false }
const GAP = 4 // pixels between a symbol's top and the tooltip

interface Shown {
  name: string
  at: LatLng
  above: number // pixels from the point to the tooltip's tip
}

/** Makes the map's clickable symbols tab stops with the role of a button. */
function makeButtons(root: Element) {
  for (const el of root.querySelectorAll(SYMBOL)) {
    if (el.getAttribute('tabindex') !== '0') el.setAttribute('tabindex', '0')
    if (el.getAttribute('role') !== 'button') el.setAttribute('role', 'button')
  }
}

export function HoverNames() {
  const map = useMap()
  const [shown, setShown] = useState<Shown | null>(null)
  useEffect(
    function listen() {
      const container = map.getContainer()
      const pane = map.getPane('overlayPane') ?? container
      makeButtons(pane)
      // The layers re-add symbols and re-set their role (a name change, a new layer).
      const observer = new MutationObserver(() => makeButtons(pane))
      observer.observe(pane, { subtree: true, childList: true, attributeFilter: ['role'] })
      const named = (target: EventTarget | null) =>
        target instanceof Element ? target.closest(NAMED) : null
      const aboveSymbol = (el: Element): Shown | null => {
        const name = el.getAttribute('aria-label')
        if (!name) return null
        const box = el.getBoundingClientRect()
        const origin = container.getBoundingClientRect()
        const at = map.containerPointToLatLng([
          box.left + box.width / 2 - origin.left,
          box.top + box.height / 2 - origin.top,
        ])
        return { name, at, above: box.height / 2 + GAP }
      }
      const onMove = (e: MouseEvent) => {
        const el = named(e.target)
        if (!el) return setShown(null)
        if (el.classList.contains('region')) {
          const name = el.getAttribute('aria-label')
          setShown(name ? { name, at: map.mouseEventToLatLng(e), above: 12 } : null)
        } else setShown(aboveSymbol(el))
      }
      const onFocus = (e: FocusEvent) => {
        const el = named(e.target)
        setShown(el ? aboveSymbol(el) : null)
      }
      const onLeave = () => setShown(null)
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Enter' && e.key !== ' ') return
        const el = e.target instanceof Element ? e.target.closest(SYMBOL) : null
        if (!el) return
        e.preventDefault()
        e.stopPropagation()
        // Leaflet listens for clicks on the path itself: a click event opens it as a click would.
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
      }
      container.addEventListener('mousemove', onMove)
      container.addEventListener('mouseleave', onLeave)
      container.addEventListener('focusin', onFocus)
      container.addEventListener('focusout', onLeave)
      container.addEventListener('keydown', onKey)
      map.on('zoomstart movestart', onLeave)
      return () => {
        observer.disconnect()
        container.removeEventListener('mousemove', onMove)
        container.removeEventListener('mouseleave', onLeave)
        container.removeEventListener('focusin', onFocus)
        container.removeEventListener('focusout', onLeave)
        container.removeEventListener('keydown', onKey)
        map.off('zoomstart movestart', onLeave)
      }
    },
    [map],
  )
  if (!shown) return null
  return (
    <CircleMarker center={shown.at} radius={0} pathOptions={HIDDEN} interactive={false}>
      <Tooltip permanent direction="top" offset={[0, -shown.above]} className="hover-name">
        {shown.name}
      </Tooltip>
    </CircleMarker>
  )
}
