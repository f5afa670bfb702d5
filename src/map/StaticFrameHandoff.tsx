/**
 * Hands the map over from the static SVG in the HTML (src/build/svg/) to the live map: once
 * Leaflet has drawn the regions, the static frame is hidden in the same frame, so the reader sees
 * no gap and no jump (both show the same view: src/map/frame.ts). Renders nothing.
 */
import { useEffect } from 'react'
import { useMap } from 'react-leaflet'
import './staticFrame.css'

const REGION_COUNT = 26 // the live map is drawn once all its region paths exist

export function StaticFrameHandoff() {
  const map = useMap()
  useEffect(
    function hideStaticFrameOnceDrawn() {
      const frame = document.getElementById('static-frame')
      if (!frame || frame.hidden) return
      const container = map.getContainer()
      let request = 0
      const tick = () => {
        // In a frame callback: the live map's paths and the hidden frame are painted together.
        if (container.querySelectorAll('path.region').length >= REGION_COUNT) frame.hidden = true
        else request = requestAnimationFrame(tick)
      }
      request = requestAnimationFrame(tick)
      return () => cancelAnimationFrame(request)
    },
    [map],
  )
  return null
}
