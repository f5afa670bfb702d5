/**
 * False on the first commit, true from a task after it. MapView mounts Leaflet's map one task
 * after the rest of the page (the panel, the card, the timeline's dock), so that creating the map
 * (its panes, controls and first layout: ~45 ms at CPU ×4) is not added to the task that commits
 * the page. The static map in the HTML covers the map's box until the live map is complete.
 */
import { useEffect, useState } from 'react'

export function useAfterFirstCommit(): boolean {
  const [after, setAfter] = useState(false)
  useEffect(function nextTask() {
    const timer = window.setTimeout(() => setAfter(true), 0)
    return function cancel() {
      window.clearTimeout(timer)
    }
  }, [])
  return after
}
