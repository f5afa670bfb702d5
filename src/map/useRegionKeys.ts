/**
 * Arrow keys between neighbouring regions. While the map (or the open card) has the focus
 * and a region is open, an arrow key opens the neighbouring region in that direction
 * (model/neighbours.ts over geo/adjacency.json, computed at build time from the shared borders);
 * with no region open, or no neighbour that way, Leaflet's own arrow keys pan the map as usual and
 * the live region says there is no neighbour. `?` opens the keys' help. These single-key
 * shortcuts act only there (WCAG 2.1.4): typing elsewhere is never taken.
 *
 * The listener sits on the document in the capture phase, so it runs before Leaflet's own
 * keydown handler on the container and can keep the arrow from also panning the map.
 */
import { useEffect, useRef } from 'react'
import adjacencyJson from '../../geo/adjacency.json' with { type: 'json' }
import { allStrings } from '../i18n/allStrings.ts'
import type { Lang } from '../i18n/lang.ts'
import { type Adjacency, ARROW_BEARINGS, neighbourToward } from '../model/neighbours.ts'
import { announcements, keysHelpRequests } from '../ui/accessEvents.ts'

const adjacency = adjacencyJson as Adjacency
const CARD = '.selection-card' // the open card (in the side panel, or the bottom sheet)
const TYPING = 'input, textarea, select, [contenteditable="true"]'

interface Props {
  lang: Lang
  selectedIso: string | null
  onSelect: (iso: string) => void
}

function onMapOrCard(target: EventTarget | null, container: HTMLElement): boolean {
  if (!(target instanceof Element)) return false
  if (target === container) return true
  return target.closest(CARD) !== null && !target.matches(TYPING)
}

export function useRegionKeys(container: HTMLElement | null, props: Props): void {
  const { lang, selectedIso, onSelect } = props
  const current = useRef({ lang, selectedIso, onSelect })
  current.current = { lang, selectedIso, onSelect }

  useEffect(
    function listenForKeys() {
      const map = container
      if (!map) return
      function onKey(event: KeyboardEvent) {
        if (event.altKey || event.ctrlKey || event.metaKey) return
        if (!map || !onMapOrCard(event.target, map)) return
        if (event.key === '?') {
          event.preventDefault()
          keysHelpRequests.emit()
          return
        }
        const direction = ARROW_BEARINGS[event.key]
        const { selectedIso: iso, lang: l, onSelect: select } = current.current
        if (direction === undefined || iso === null) return
        event.preventDefault()
        event.stopPropagation() // Leaflet's handler would pan the map too
        const next = neighbourToward(adjacency, iso, direction)
        if (next) select(next)
        else announcements.emit(allStrings(l).noNeighbour)
      }
      document.addEventListener('keydown', onKey, true)
      return () => document.removeEventListener('keydown', onKey, true)
    },
    [container],
  )
}
