/**
 * OpenStreetMap tiles, an optional base layer: never a dependency. When tiles fail before any has
 * loaded (no network, blocked host), onFail switches back to the bundled basemap, which says so.
 */
import { useMemo, useRef } from 'react'
import { TileLayer } from 'react-leaflet'
import { OSM_ATTRIBUTION, OSM_TILES } from './constants.ts'

const REFERRER_POLICY = 'strict-origin-when-cross-origin' // OSM's tile policy needs a Referer

export function TileBase({ onFail }: { onFail: () => void }) {
  const loaded = useRef(false)
  const failed = useRef(false)
  const onFailRef = useRef(onFail)
  onFailRef.current = onFail
  const eventHandlers = useMemo(
    () => ({
      tileload() {
        loaded.current = true
      },
      tileerror() {
        if (loaded.current || failed.current) return
        failed.current = true
        onFailRef.current()
      },
    }),
    [],
  )
  return (
    <TileLayer
      url={OSM_TILES}
      attribution={OSM_ATTRIBUTION}
      referrerPolicy={REFERRER_POLICY}
      crossOrigin={false}
      eventHandlers={eventHandlers}
      maxZoom={19}
    />
  )
}
