/**
 * The map: bundled basemap, optional tiles, the regions (with the choropleth's fills), the
 * overlays (children), and the sync of view and link. MapContainer reads its props
 * once (STYLE.md habit 8): the first view is the whole of Peru, and RouteFocus/ViewSync move it.
 * The map is drawn in stages, one task each (useStages): its empty box with the rest of the page,
 * then Leaflet's map, then its regions (with the map they were one task of ~165 ms at CPU ×4),
 * then the neighbouring countries and coast (in a pane of their own under the regions), then the
 * overlays, then the labels, the close-up detail (rivers, lakes, towns: on the bundled basemap
 * only) and the tools, which load lazily and mark the map complete once all are drawn
 * (MapComplete). The static map in the HTML stays until then, so the steps never show.
 */
import { lazy, type ReactNode, Suspense } from 'react'
import { MapContainer } from 'react-leaflet'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { RegionsLayer } from '../layers/RegionsLayer.tsx'
import { useModel } from '../model/model.ts'
import type { MapView as View } from '../state/view.ts'
import type { BasemapId } from '../ui/BasemapChooser.tsx'
import { Basemap } from './Basemap.tsx'
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './constants.ts'
import { LocalizedZoom } from './LocalizedZoom.tsx'
import { LazyDetailLayer, LazyRegionLabels } from './lazyMap.ts'
import { MapComplete } from './MapComplete.tsx'
import { MapResizer } from './MapResizer.tsx'
import './staticFrame.css' // the static map in the HTML, and the map's insets
import { type FocusTarget, RouteFocus } from './RouteFocus.tsx'
import { useStages } from './useStages.ts'
import { ViewSync } from './ViewSync.tsx'

// The street map is an option, never a dependency: its code loads only when a reader picks it.
const TileBase = lazy(() => import('./TileBase.tsx').then((m) => ({ default: m.TileBase })))

interface Props {
  lang: Lang
  t: Strings
  basemap: BasemapId
  onTilesFailed: () => void
  fills: ReadonlyMap<string, string> | null
  selectedIso: string | null
  focus: FocusTarget
  focusKey: string
  view: View | null
  hasLinkView: boolean
  onSelectRegion: (iso: string) => void
  /** Lazily loaded tools (map/MapExtras.tsx), drawn with the last stage: see MapComplete. */
  tools?: ReactNode
  children?: ReactNode
}

const STAGE_REGIONS = 1
const STAGE_BASEMAP = 2
const STAGE_OVERLAYS = 3
const STAGE_LABELS = 4

/** The map's layers, mounted stage by stage inside the map's context. */
function Layers(props: Props) {
  const { lang, basemap } = props
  const overTiles = basemap === 'osm'
  const stage = useStages(STAGE_LABELS)
  return (
    <>
      {overTiles && (
        <Suspense fallback={null}>
          <TileBase onFail={props.onTilesFailed} />
        </Suspense>
      )}
      {stage >= STAGE_BASEMAP && <Basemap lang={lang} visible={!overTiles} />}
      {stage >= STAGE_REGIONS && (
        <RegionsLayer
          fills={props.fills}
          selectedIso={props.selectedIso}
          overTiles={overTiles}
          lang={lang}
          onSelect={props.onSelectRegion}
        />
      )}
      {stage >= STAGE_LABELS && (
        <Suspense fallback={null}>
          <LazyRegionLabels lang={lang} />
          {!overTiles && <LazyDetailLayer lang={lang} />}
          {props.tools}
          <MapComplete />
        </Suspense>
      )}
      {stage >= STAGE_OVERLAYS && props.children}
    </>
  )
}

export function MapView(props: Props) {
  const { t } = props
  const { regions } = useModel()
  // The map's box, empty, in the page's first commit; Leaflet's map in the next task, so that
  // creating it (panes, controls, first layout: ~45 ms at CPU ×4) is not added to the task that
  // commits the page. The static map in the HTML covers the box until the live map is complete.
  if (useStages(1) < 1) return <div className="map" />
  return (
    <MapContainer
      className="map"
      bounds={regions.peruBounds}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      maxBounds={MAX_BOUNDS}
      maxBoundsViscosity={0.8}
      zoomControl={false}
      fadeAnimation={false} // a closed popup leaves at once: one popup on the page at a time
    >
      <LocalizedZoom t={t} />
      <MapResizer />
      <Layers {...props} />
      <RouteFocus target={props.focus} focusKey={props.focusKey} hasLinkView={props.hasLinkView} />
      <ViewSync view={props.view} writeOpening={props.focus !== null} />
    </MapContainer>
  )
}
