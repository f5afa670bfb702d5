/**
 * Tells Leaflet when its container changes size (the panel hidden or shown, the phone rotated):
 * Leaflet measures the container only on window resize, and would leave grey bands otherwise.
 */
import { useEffect } from 'react'
import { useMap } from 'react-leaflet'

export function MapResizer() {
  const map = useMap()
  useEffect(
    function watchContainerSize() {
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }))
      observer.observe(map.getContainer())
      return function stopWatching() {
        observer.disconnect()
      }
    },
    [map],
  )
  return null
}
