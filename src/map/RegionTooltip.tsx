/**
 * The name of the region under the pointer (or with keyboard focus), in the reader's language: one
 * sticky tooltip bound to the regions layer, whose text follows the region Leaflet opens it for.
 * Rendered as a child of the regions' GeoJSON, so it binds to that layer.
 */
import type { LeafletEvent, Tooltip as LeafletTooltip, Path } from 'leaflet'
import { useEffect, useRef, useState } from 'react'
import { Tooltip, useMap } from 'react-leaflet'
import type { Lang } from '../i18n/lang.ts'
import { useModel } from '../model/model.ts'
import type { RegionFeature } from '../model/regions.ts'

type Source = { _source?: Path & { feature?: RegionFeature } } // Leaflet's layer the tooltip is for

export function RegionTooltip({ lang }: { lang: Lang }) {
  const { regions } = useModel()
  const map = useMap()
  const ref = useRef<LeafletTooltip | null>(null)
  const [iso, setIso] = useState<string | null>(null)
  useEffect(
    function followTheOpenedRegion() {
      const onOpen = (e: LeafletEvent & { tooltip?: LeafletTooltip }) => {
        if (e.tooltip !== ref.current) return
        setIso((e.tooltip as Source)._source?.feature?.properties.iso ?? null)
      }
      map.on('tooltipopen', onOpen)
      return () => {
        map.off('tooltipopen', onOpen)
      }
    },
    [map],
  )
  // biome-ignore lint/correctness/useExhaustiveDependencies: the text changes with iso and lang; the tooltip must then be placed again
  useEffect(
    function placeTheNewText() {
      ref.current?.update()
    },
    [iso, lang],
  )
  const name = iso ? (regions.byIso(iso)?.name[lang] ?? '') : ''
  return (
    <Tooltip ref={ref} sticky direction="top" offset={[0, -8]} className="region-tooltip">
      {name}
    </Tooltip>
  )
}
