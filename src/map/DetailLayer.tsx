/**
 * The map's close-up detail, loaded after the first paint as its own chunk (geo/detail.json, ~11
 * kB gzip; the first view's data budget has no room): rivers and lakes over the regions' fills,
 * and the names of towns and of Lake Titicaca from the zoom each starts at. None of it takes a
 * click or a hover: its panes let the pointer through to the regions and places beneath.
 * Drawn on the bundled basemap only; the street map has its own.
 */
import type { Feature, Geometry } from 'geojson'
import type { PathOptions } from 'leaflet'
import { useEffect, useMemo, useState } from 'react'
import { GeoJSON, Marker, Pane } from 'react-leaflet'
import type { Lang } from '../i18n/lang.ts'
import { type Detail, type DetailCollection, indexDetail, labelsAt } from '../model/detail.ts'
import { labelIcon } from './labelIcon.ts'
import { useMapZoom } from './useMapZoom.ts'

const WATER_PANE_Z = 420 // above the regions and places (overlay pane, 400), under the labels
const NAMES_PANE_Z = 590 // above the water, under the regions' names (marker pane, 600)
const PASS_THROUGH = { zIndex: 0, pointerEvents: 'none' } as const
const RIVER: PathOptions = { color: '#5b93c7', weight: 1.2, opacity: 0.9, fill: false }
// Half-transparent, so Puno's fill still shows through Lake Titicaca (its Peruvian waters are
// part of the region).
const LAKE: PathOptions = { color: '#5b93c7', weight: 0.8, fillColor: '#9cc3e6', fillOpacity: 0.7 }
const LABEL_CLASS = {
  town: 'town-label',
  capital: 'town-label town-label-capital',
  lake: 'lake-label',
}

function waterStyle(feature?: Feature<Geometry, { kind: string }>): PathOptions {
  const kind = feature?.properties.kind
  return { ...(kind === 'lake' ? LAKE : RIVER), className: `water water-${kind}` }
}

/** geo/detail.json, once loaded; null until then, and if it fails (the map works without it). */
function useDetail(): Detail | null {
  const [detail, setDetail] = useState<Detail | null>(null)
  useEffect(function loadDetail() {
    let live = true
    import('../../geo/detail.json')
      .then((m) => live && setDetail(indexDetail(m.default as unknown as DetailCollection)))
      .catch(() => {}) // offline after a deploy: the map stays as it is, without the detail
    return () => {
      live = false
    }
  }, [])
  return detail
}

export function DetailLayer({ lang }: { lang: Lang }) {
  const detail = useDetail()
  const zoom = useMapZoom()
  const icons = useMemo(
    () =>
      (detail?.labels ?? []).map((l) => ({
        ...l,
        icon: labelIcon(l.name[lang], LABEL_CLASS[l.kind]),
      })),
    [detail, lang],
  )
  if (!detail) return null
  return (
    <>
      <Pane name="detail-water" style={{ ...PASS_THROUGH, zIndex: WATER_PANE_Z }}>
        <GeoJSON data={detail.waters} style={waterStyle} interactive={false} />
      </Pane>
      <Pane name="detail-names" style={{ ...PASS_THROUGH, zIndex: NAMES_PANE_Z }}>
        {labelsAt(icons, zoom).map((l) => (
          <Marker
            key={l.id}
            position={l.anchor}
            icon={l.icon}
            interactive={false}
            keyboard={false}
          />
        ))}
      </Pane>
    </>
  )
}
