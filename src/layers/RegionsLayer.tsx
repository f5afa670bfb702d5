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
  /** Choropleth fill by region code (the `south` layer), or null. */
  fills: ReadonlyMap<string, string> | null
  selectedIso: string | null
  overTiles: boolean
  lang: Lang
  onSelect: (iso: string) => void
}

type RegionPath = Path & { feature?: RegionFeature }

export function RegionsLayer({ fills, selectedIso, overTiles, lang, onSelect }: Props) {
  const { regions, story } = useModel()
  const named = story.namedRegions
  const selectedRef = useRef(selectedIso)
  selectedRef.current = selectedIso
  const overTilesRef = useRef(overTiles)
  overTilesRef.current = overTiles
  const fillsRef = useRef(fills)
  fillsRef.current = fills
  const onSelectRef = useRef(onSelect)
  onSelectRef.current = onSelect

  const style = useMemo<StyleFunction>(
    () => (feature) => {
      const iso = (feature as RegionFeature | undefined)?.properties.iso ?? ''
      return {
        ...regionStyle(
          regionState(iso, selectedIso, false),
          overTiles,
          fills?.get(iso),
          named.has(iso),
        ),
        className: `region region-${iso}`,
      }
    },
    [selectedIso, overTiles, fills, named],
  )

  const eventHandlers = useMemo(() => {
    function restyle(e: LeafletMouseEvent, hovered: boolean) {
      const path = e.propagatedFrom as RegionPath
      const iso = path.feature?.properties.iso ?? ''
      const state = regionState(iso, selectedRef.current, hovered)
      path.setStyle(
        regionStyle(state, overTilesRef.current, fillsRef.current?.get(iso), named.has(iso)),
      )
    }
    return {
      mouseover: (e: LeafletMouseEvent) => restyle(e, true),
      mouseout: (e: LeafletMouseEvent) => restyle(e, false),
      click(e: LeafletMouseEvent) {
        const iso = (e.propagatedFrom as RegionPath).feature?.properties.iso
        if (iso) onSelectRef.current(iso)
      },
    }
  }, [named])

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
