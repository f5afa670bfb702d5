/**
 * Where each point symbol is drawn at the current zoom: at its place, or spread apart from the
 * symbols it would overlap (spread.ts), recomputed on every zoom and reported to the overlays,
 * with a leader line from each moved symbol to its true spot (SpreadLeaders.tsx). Offsets are in
 * screen pixels, so the spread is the same size at every zoom and vanishes once the places are far
 * enough apart. Loaded after the first paint (the initial script has no room for it).
 */
import { useEffect, useMemo } from 'react'
import { useMap } from 'react-leaflet'
import { pointRadius } from '../layers/placeStyle.ts'
import type { LatLngTuple } from '../model/regions.ts'
import type { PlaceEntry } from '../model/story.ts'
import { SpreadLeaders } from './SpreadLeaders.tsx'
import { spreadOffsets } from './spread.ts'
import { useMapZoom } from './useMapZoom.ts'

interface Props {
  points: readonly PlaceEntry[]
  onMoved: (moved: ReadonlyMap<string, LatLngTuple>) => void
}

export function Spreader({ points, onMoved }: Props) {
  const map = useMap()
  const zoom = useMapZoom()
  const moved = useMemo(() => {
    const out = new Map<string, LatLngTuple>()
    const symbols = points.map((e) => {
      const p = map.project(e.anchor, zoom)
      return { id: e.place.id, x: p.x, y: p.y, r: pointRadius(e) } // the click target's radius
    })
    const byId = new Map(symbols.map((s) => [s.id, s]))
    for (const [id, o] of spreadOffsets(symbols)) {
      const s = byId.get(id)
      if (!s) continue
      const ll = map.unproject([s.x + o.dx, s.y + o.dy], zoom)
      out.set(id, [ll.lat, ll.lng])
    }
    return out
  }, [map, zoom, points])
  useEffect(
    function report() {
      onMoved(moved)
    },
    [moved, onMoved],
  )
  const anchors = useMemo(() => new Map(points.map((e) => [e.place.id, e.anchor])), [points])
  return <SpreadLeaders anchors={anchors} moved={moved} />
}
