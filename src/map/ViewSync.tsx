/**
 * Keeps the map view and the link's `#map=<zoom>/<lat>/<lng>` in step, both ways:
 * - after every pan or zoom the view is written with `history.replaceState` (no history entry);
 * - a view arriving in the link (on load, Back/Forward, an edited hash) moves the map, unless it is
 *   the view the map already shows (our own writes come back here, rounded: they are no-ops).
 */

import type { Map as LeafletMap } from 'leaflet'
import { useEffect } from 'react'
import { useMap, useMapEvents } from 'react-leaflet'
import { withView } from '../state/url.ts'
import { navigate, readUrlState } from '../state/useUrlState.ts'
import { type MapView, normalizeView } from '../state/view.ts'

function currentView(map: LeafletMap): MapView | null {
  const c = map.getCenter()
  return normalizeView({ zoom: map.getZoom(), lat: c.lat, lng: c.lng })
}

function sameView(a: MapView | null, b: MapView | null): boolean {
  return a !== null && b !== null && a.zoom === b.zoom && a.lat === b.lat && a.lng === b.lng
}

export function ViewSync({ view }: { view: MapView | null }) {
  const map = useMap()

  useMapEvents({
    moveend() {
      const now = currentView(map)
      if (now === null) return
      const state = readUrlState()
      if (!sameView(state.view, now)) navigate(withView(state, now), 'replace')
    },
  })

  useEffect(
    function applyViewFromUrl() {
      if (view === null || sameView(view, currentView(map))) return
      map.setView([view.lat, view.lng], view.zoom, { animate: false })
    },
    [map, view],
  )

  return null
}
