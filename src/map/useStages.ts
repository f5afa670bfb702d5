/**
 * Draws the map in steps, one task each, instead of one long task: the stage goes from 0 to
 * `last`, one step per task after each commit. MapView uses it twice: for the map's empty box
 * before Leaflet's map, then inside the map for the regions, then the neighbours, the overlays
 * and the labels, each mounting in a task of its own, so the browser can paint and answer input
 * in between. A trace of /region/ayacucho/ had one 130 ms task drawing everything
 * (PERFORMANCE-2 §2.2); the regions are drawn, and `map-ready` marked, before the rest is even
 * built. The last stage marks the map complete once its lazy parts are drawn (MapComplete.tsx).
 * Each step is a transition, so React renders it in slices that yield to the browser (main.tsx).
 */
import { startTransition, useEffect, useState } from 'react'

export function useStages(last: number): number {
  const [stage, setStage] = useState(0)
  useEffect(
    function nextStage() {
      if (stage >= last) return
      const timer = window.setTimeout(() => startTransition(() => setStage((s) => s + 1)), 0)
      return function cancel() {
        window.clearTimeout(timer)
      }
    },
    [stage, last],
  )
  return stage
}
