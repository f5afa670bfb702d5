/**
 * For each symbol spread away from its place (useSpread.ts): a thin line from the place's true
 * position to the symbol, and a small dot on the true position, so the spread never misplaces it.
 * Not interactive: clicks go to the symbols.
 */
import type { PathOptions } from 'leaflet'
import { CircleMarker, Polyline } from 'react-leaflet'
import type { LatLngTuple } from '../model/regions.ts'

const LEADER: PathOptions = { color: '#333', weight: 1, opacity: 0.7, interactive: false }
const DOT: PathOptions = { ...LEADER, fillColor: '#333', fillOpacity: 0.9 }
const DOT_RADIUS = 2 // pixels

interface Props {
  anchors: ReadonlyMap<string, LatLngTuple>
  moved: ReadonlyMap<string, LatLngTuple>
}

export function SpreadLeaders({ anchors, moved }: Props) {
  return (
    <>
      {[...moved].map(([id, at]) => {
        const anchor = anchors.get(id)
        if (!anchor) return null
        return (
          <Polyline
            key={`${id}-${at[0]}-${at[1]}`}
            positions={[anchor, at]}
            pathOptions={LEADER}
            className="spread-leader"
          />
        )
      })}
      {[...new Set([...moved.keys()].map((id) => String(anchors.get(id))))].map((key) => {
        const [lat, lng] = key.split(',').map(Number) as [number, number]
        return (
          <CircleMarker
            key={key}
            center={[lat, lng]}
            radius={DOT_RADIUS}
            pathOptions={DOT}
            className="spread-anchor"
          />
        )
      })}
    </>
  )
}
