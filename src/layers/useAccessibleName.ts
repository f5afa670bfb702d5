/**
 * Gives a Leaflet path's SVG element an accessible name (and role), so screen readers announce
 * the map's features by name. Leaflet has no option for it: the element exists once the layer
 * is on the map, so this runs on its `add` event and whenever the name changes.
 */
import type { Path } from 'leaflet'
import { type RefObject, useEffect } from 'react'

export function nameElement(layer: Path | null, name: string): void {
  const el = layer?.getElement?.()
  if (!el) return
  el.setAttribute('role', 'img')
  el.setAttribute('aria-label', name)
}

export function useAccessibleName(ref: RefObject<Path | null>, name: string): void {
  useEffect(
    function nameThePath() {
      nameElement(ref.current, name)
    },
    [ref, name],
  )
}
