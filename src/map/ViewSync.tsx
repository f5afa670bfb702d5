/**
 * Keeps the map view and the link's `#map=<zoom>/<lat>/<lng>` in step, both ways:
 * - after every pan or zoom the view is written with `history.replaceState` (no history entry);
 * - a view arriving in the link (on load, Back/Forward, an edited hash) moves the map, unless it is
 *   the view the map already shows, or the one this component wrote last.
 *
 * The trap: our own writes come back here as a new `view`. If the map is moving again by then
 * (Leaflet pulling the view back inside maxBounds after a popup's autopan), applying the written
 * view would fight that move forever (React error 185, seen with a popup taller than the map).
 */

import type { Map as LeafletMap } from 'leaflet'
import { useEffect, useRef } from 'react'
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

interface Props {
  view: MapView | null
  /** Write the view the map opens at (a selection's fitted view), not only later moves. */
  writeOpening: boolean
}

export function ViewSync({ view, writeOpening }: Props) {
  const map = useMap()
  const written = useRef<MapView | null>(null)

  function writeView() {
    const now = currentView(map)
    if (now === null) return
    const state = readUrlState()
    if (sameView(state.view, now)) return
    written.current = now
    navigate(withView(state, now), 'replace')
  }
  useMapEvents({ moveend: writeView })

  useEffect(
    function applyViewFromUrl() {
      if (view === null || sameView(view, written.current)) return
      if (sameView(view, currentView(map))) return
      map.setView([view.lat, view.lng], view.zoom, { animate: false })
    },
    [map, view],
  )

  // A selection's fitted view is set before this listens (RouteFocus fits it before the layers
  // are added), so it is written here; after applyViewFromUrl, so a view in the link wins.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the view the map opened at
  useEffect(function writeOpeningView() {
    if (writeOpening) writeView()
  }, [])

  return null
}
