/**
 * Marks the map complete: the map's container gets the class `map-complete` and the
 * `map-complete` performance mark is set. MapView renders it in its last stage, inside the same
 * Suspense boundary as the lazily loaded labels, close-up detail and tools (names on hover, Whole
 * of Peru), so React commits it only once all of them are drawn: static-frame.js hands the map over
 * then (no label or tool appears after the static map has gone), and the browser tests' openMap
 * waits for it (a hover before the names on hover exist would show nothing).
 */
import { useEffect } from 'react'
import { useMap } from 'react-leaflet'

export function MapComplete() {
  const map = useMap()
  useEffect(
    function markComplete() {
      map.getContainer().classList.add('map-complete')
      performance.mark('map-complete')
    },
    [map],
  )
  return null
}
