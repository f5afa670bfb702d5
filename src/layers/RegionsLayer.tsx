/**
 * Peru's 26 regions as one interactive GeoJSON layer: hover highlights, click selects.
 * Each path gets the class `region region-<ISO>` (tests and styles find it by code) and an
 * accessible name. Restyling is done per path with regionStyle, because Leaflet's resetStyle
 * reads the style the layer was created with.
 */
import type { GeoJSON as LeafletGeoJSON, LeafletMouseEvent, Path, StyleFunction } from 'leaflet'
import { useEffect, useMemo, useRef } from 'react'
import { GeoJSON } from 'react-leaflet'
import type { Lang } from '../i18n/lang.ts'
import { regionState, regionStyle } from '../map/regionStyle.ts'
import { useModel } from '../model/model.ts'
import type { RegionFeature } from '../model/regions.ts'

interface Props {
  selectedIso: string | null
  overTiles: boolean
  lang: Lang
  onSelect: (iso: string) => void
}

type RegionPath = Path & { feature?: RegionFeature }

export function RegionsLayer({ selectedIso, overTiles, lang, onSelect }: Props) {
  const { regions } = useModel()
  const selectedRef = useRef(selectedIso)
  selectedRef.current = selectedIso
  const overTilesRef = useRef(overTiles)
  overTilesRef.current = overTiles
  const onSelectRef = useRef(onSelect)
  onSelectRef.current = onSelect

  const style = useMemo<StyleFunction>(
    () => (feature) => {
      const iso = (feature as RegionFeature | undefined)?.properties.iso ?? ''
      return {
        ...regionStyle(regionState(iso, selectedIso, false), overTiles),
        className: `region region-${iso}`,
      }
    },
    [selectedIso, overTiles],
  )

  const eventHandlers = useMemo(
    () => ({
      mouseover(e: LeafletMouseEvent) {
        const path = e.propagatedFrom as RegionPath
        const iso = path.feature?.properties.iso ?? ''
        path.setStyle(
          regionStyle(regionState(iso, selectedRef.current, true), overTilesRef.current),
        )
      },
      mouseout(e: LeafletMouseEvent) {
        const path = e.propagatedFrom as RegionPath
        const iso = path.feature?.properties.iso ?? ''
        path.setStyle(
          regionStyle(regionState(iso, selectedRef.current, false), overTilesRef.current),
        )
      },
      click(e: LeafletMouseEvent) {
        const iso = (e.propagatedFrom as RegionPath).feature?.properties.iso
        if (iso) onSelectRef.current(iso)
      },
    }),
    [],
  )

  useEffect(function markMapReady() {
    // Child effects run first: react-leaflet has drawn the 26 paths by now. The bench measures
    // "map ready" with this mark (tests/bench).
    performance.mark('map-ready')
  }, [])

  const layerRef = useRef<LeafletGeoJSON | null>(null)
  useEffect(
    function nameRegionPaths() {
      layerRef.current?.eachLayer((layer) => {
        const path = layer as RegionPath
        const iso = path.feature?.properties.iso
        const region = iso ? regions.byIso(iso) : undefined
        const el = path.getElement?.()
        if (region && el) {
          el.setAttribute('aria-label', region.name[lang])
          el.setAttribute('role', 'img')
        }
      })
    },
    [lang, regions],
  )

  return (
    <GeoJSON
      ref={layerRef}
      data={regions.geojson}
      style={style}
      eventHandlers={eventHandlers}
      bubblingMouseEvents={false}
    />
  )
}
