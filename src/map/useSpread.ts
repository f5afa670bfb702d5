/**
 * Where each point symbol is drawn at the current zoom: at its place, or spread apart from the
 * symbols it would overlap (spread.ts), with the offsets recomputed on every zoom. Offsets are in
 * screen pixels, so the spread is the same size at every zoom and vanishes once the places are far
 * enough apart. The spread code loads after the first paint (the initial script has no room).
 */
import { useEffect, useMemo, useState } from 'react'
import { useMap, useMapEvents } from 'react-leaflet'
import type { LatLngTuple } from '../model/regions.ts'
import type { spreadOffsets } from './spread.ts'

export interface SpreadInput {
  id: string
  anchor: LatLngTuple
  radius: number // pixels
}

type Spread = typeof spreadOffsets

/** The drawn position of every moved symbol by id; symbols that stay are absent. */
export function useSpread(inputs: readonly SpreadInput[]): ReadonlyMap<string, LatLngTuple> {
  const map = useMap()
  const [zoom, setZoom] = useState(() => map.getZoom())
  const [spread, setSpread] = useState<Spread | null>(null)
  useMapEvents({
    zoomend() {
      setZoom(map.getZoom())
    },
  })
  useEffect(function loadSpread() {
    let live = true
    void import('./spread.ts').then((m) => live && setSpread(() => m.spreadOffsets))
    return () => {
      live = false
    }
  }, [])
  return useMemo(() => {
    const moved = new Map<string, LatLngTuple>()
    if (!spread) return moved
    const symbols = inputs.map((s) => {
      const p = map.project(s.anchor, zoom)
      return { id: s.id, x: p.x, y: p.y, r: s.radius }
    })
    for (const [id, o] of spread(symbols)) {
      const s = symbols.find((x) => x.id === id)
      if (!s) continue
      const ll = map.unproject([s.x + o.dx, s.y + o.dy], zoom)
      moved.set(id, [ll.lat, ll.lng])
    }
    return moved
  }, [map, zoom, spread, inputs])
}
