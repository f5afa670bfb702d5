/**
 * Draws the map in steps, one task each, instead of one long task: stage 0 is what makes the map
 * (the map and its regions), then each later stage (the neighbours, the overlays, the labels) mounts in a task of
 * its own, so the browser can paint and answer input in between. A trace of /region/ayacucho/ had
 * one 130 ms task drawing everything (PERFORMANCE-2 §2.2); the regions are drawn, and
 * `map-ready` marked, before the rest is even built. When the last stage has mounted, the map's
 * container gets the class `map-complete` (the browser tests' openMap waits for it) and the
 * `map-complete` performance mark is set.
 */
import { useEffect, useState } from 'react'
import { useMap } from 'react-leaflet'

export function useStages(last: number): number {
  const map = useMap()
  const [stage, setStage] = useState(0)
  useEffect(
    function nextStage() {
      if (stage >= last) {
        map.getContainer().classList.add('map-complete')
        performance.mark('map-complete')
        return
      }
      const timer = window.setTimeout(() => setStage((s) => s + 1), 0)
      return function cancel() {
        window.clearTimeout(timer)
      }
    },
    [map, stage, last],
  )
  return stage
}
