/**
 * The map and its panels, once the model is loaded: derives what the link selects and shows, and
 * wires the map, the overlays, the selection's card, the notices and the side panel. All state a link can
 * carry lives in the address (state/url.ts); the rest (the base layer, a dismissed notice) is local.
 */
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import type { LayerId } from '../data/types.ts'
import { format } from './i18n/format.ts'
import type { Lang } from './i18n/lang.ts'
import { pageTitle } from './i18n/pageTitle.ts'
import type { Strings } from './i18n/strings.ts'
import { Overlays } from './layers/Overlays.tsx'
import { runoffFills } from './layers/palette.ts'
import { LegendBox } from './map/LegendBox.tsx'
import { LazySvgPatterns } from './map/lazyMap.ts'
import { MapExtras } from './map/MapExtras.tsx'
import { MapView } from './map/MapView.tsx'
import { focusOf } from './map/RouteFocus.tsx'
import { hasCard, SelectionCard } from './map/SelectionCard.tsx'
import { deathsTallyAt } from './model/deathsTally.ts'
import { toggled, visibleLayers } from './model/layers.ts'
import { noticeAfter } from './model/linkNotice.ts'
import { useModel } from './model/model.ts'
import { selectionKey, selectionOf } from './model/selection.ts'
import { changeDays, isPlaceShownAt, timelineDays } from './model/timeline.ts'
import { replaceRoute, selectPlace, selectRegion, setDate, setLayers } from './state/actions.ts'
import { type UrlState, withRoute, withView } from './state/url.ts'
import { useEscapeToClose } from './state/useEscapeToClose.ts'
import { shareLink } from './state/useUrlState.ts'
import { LazyExplorerAccess, LazyRegionTable } from './ui/accessPanels.ts'
import type { BasemapId } from './ui/BasemapChooser.tsx'
import { LazyArticleTab, LazyLayersTab, LazyPlaceList, LazyTimeline } from './ui/lazyPanels.ts'
import type { MentionActions } from './ui/Mention.tsx'
import { Notice } from './ui/Notice.tsx'
import { type PanelTab, SidePanel } from './ui/SidePanel.tsx'
import type { SheetHeight } from './ui/useSheetDrag.ts'

interface Props {
  state: UrlState
  lang: Lang
  t: Strings
}

const NOT_FOUND_TEXT = {
  region: 'regionNotFound',
  place: 'placeNotFound',
  link: 'regionNotFound',
} as const

export function Explorer({ state, lang, t }: Props) {
  const model = useModel()
  const { story } = model
  const selection = useMemo(
    () => selectionOf(state.route, model.regions, story),
    [state.route, model, story],
  )
  const region = selection.kind === 'region' ? selection.region : null
  const entry = selection.kind === 'place' ? selection.entry : null
  const layers = visibleLayers(state.layers, entry?.place.layer ?? null)
  const layersKey = layers.join(',')

  const [basemap, setBasemap] = useState<BasemapId>('bundled')
  const [tilesFailed, setTilesFailed] = useState(false)
  const [dismissedKey, setDismissedKey] = useState<string | null>(null)
  const [hasLinkView] = useState(() => state.view !== null)
  const [tab, setTab] = useState<PanelTab>('article')
  const [panelOpen, setPanelOpen] = useState(true)
  const [sheet, setSheet] = useState<SheetHeight>('peek')

  useEffect(
    function rewriteToCanonicalSlug() {
      if (selection.kind === 'region' && !selection.canonical) {
        replaceRoute({ kind: 'region', key: selection.region.slug })
      }
    },
    [selection],
  )

  const allFills = useMemo(() => runoffFills(story.runoff), [story])
  const fills = layers.includes('south') ? allFills : null

  const onSelectRegion = useCallback(
    (iso: string) => {
      const picked = model.regions.byIso(iso)
      if (picked) selectRegion(picked.slug)
    },
    [model],
  )
  const onToggleLayer = useCallback(
    (layer: LayerId, on: boolean) =>
      setLayers(toggled(layersKey.split(',') as LayerId[], layer, on)),
    [layersKey],
  )
  const onTilesFailed = useCallback(() => {
    setTilesFailed(true)
    setBasemap('bundled')
  }, [])
  const onBasemap = useCallback((value: BasemapId) => {
    setTilesFailed(false)
    setBasemap(value)
  }, [])
  const onStreetMap = useCallback(() => onBasemap('osm'), [onBasemap])
  const date = state.date
  const isShown = useCallback(
    (id: string) => {
      const place = story.byId(id)?.place
      return place ? isPlaceShownAt(place, date) : true
    },
    [story, date],
  )
  const days = useMemo(
    () => timelineDays(story.entries.flatMap((e) => changeDays(e.place))),
    [story],
  )
  const deaths = useMemo(
    () =>
      deathsTallyAt(
        story.entries.map((e) => e.place),
        date,
      ),
    [story, date],
  )

  const key = selectionKey(selection)
  const mentionHref = useCallback<MentionActions['mentionHref']>(
    (ref) => {
      const [place] = ref.places
      const region = ref.regions[0] ? model.regions.byIso(ref.regions[0]) : undefined
      const route = place
        ? ({ kind: 'place', id: place } as const)
        : ({ kind: 'region', key: region?.slug ?? '' } as const)
      return shareLink(withView(withRoute(state, route), null))
    },
    [model, state],
  )
  useEscapeToClose(key)
  useEffect(
    function lowerTheSheetForACard() {
      // On a phone the card opens in the sheet at its card height (its peek height with a card).
      if (key !== '') setSheet('peek')
    },
    [key],
  )
  const focus = useMemo(() => focusOf(selection), [selection])
  const [notFound, setNotFound] = useState(() => noticeAfter(null, selection))
  const nextNotFound = noticeAfter(notFound, selection)
  if (nextNotFound !== notFound) setNotFound(nextNotFound) // settles in this render (React's pattern)
  const showNotFound = nextNotFound !== null && nextNotFound.key !== dismissedKey

  return (
    <main className={hasCard(selection) ? 'app-main has-card' : 'app-main'}>
      <Suspense fallback={null}>
        <LazySvgPatterns />
      </Suspense>
      <div className="map-wrap">
        <MapView
          lang={lang}
          t={t}
          basemap={basemap}
          onTilesFailed={onTilesFailed}
          fills={fills}
          selectedIso={region?.iso ?? null}
          focus={focus}
          focusKey={key}
          view={state.view}
          hasLinkView={hasLinkView}
          onSelectRegion={onSelectRegion}
          tools={
            <MapExtras
              lang={lang}
              title={pageTitle(region?.name[lang] ?? entry?.place.name[lang] ?? null, t.appTitle)}
              onStreetMap={basemap === 'osm' ? null : onStreetMap}
            />
          }
        >
          <Overlays
            layers={layers}
            selectedId={entry?.place.id ?? null}
            lang={lang}
            isShown={isShown}
            onSelect={selectPlace}
          />
        </MapView>
        <LegendBox
          layers={layers}
          isShown={isShown}
          fillsOn={fills !== null}
          date={date}
          lang={lang}
          t={t}
        />
        {basemap === 'bundled' && (
          // Focusable: on a phone it is one line that scrolls sideways (styles.css), which a
          // keyboard must be able to scroll too.
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access
          <p className="map-credit" tabIndex={0}>
            {t.attributionBundled}
          </p>
        )}
        <div className="timeline-dock">
          <Suspense fallback={null}>
            <LazyTimeline
              days={days}
              value={date}
              deaths={deaths}
              lang={lang}
              t={t}
              onChange={setDate}
            />
          </Suspense>
        </div>
        <div className="notices">
          {showNotFound && (
            <Notice
              text={format(t[NOT_FOUND_TEXT[nextNotFound.what]], { key: nextNotFound.key })}
              onDismiss={() => setDismissedKey(nextNotFound.key)}
              t={t}
            />
          )}
          {tilesFailed && (
            <Notice text={t.tilesFailed} onDismiss={() => setTilesFailed(false)} t={t} />
          )}
        </div>
        <Suspense fallback={null}>
          <LazyExplorerAccess {...{ layers, date, selection, lang, onSelectRegion }} />
        </Suspense>
      </div>
      <SidePanel
        t={t}
        tab={tab}
        onTab={setTab}
        open={panelOpen}
        onOpen={setPanelOpen}
        sheet={sheet}
        onSheet={setSheet}
        card={
          hasCard(selection) ? (
            <SelectionCard
              selection={selection}
              selectionKey={key}
              state={state}
              lang={lang}
              t={t}
            />
          ) : null
        }
      >
        {{
          article: (
            <LazyArticleTab
              source={model.article}
              selection={selection}
              story={story}
              regionCount={model.regions.list.length}
              lang={lang}
              t={t}
              activeKey={key}
              onOpenPlace={selectPlace}
              onOpenRegion={onSelectRegion}
              placeName={(id) => story.byId(id)?.place.name[lang] ?? null}
              regionName={(iso) => model.regions.byIso(iso)?.name[lang] ?? null}
              mentionHref={mentionHref}
            />
          ),
          layers: (
            <LazyLayersTab
              visible={layers}
              date={date}
              lang={lang}
              t={t}
              onToggle={onToggleLayer}
              basemap={basemap}
              onBasemap={onBasemap}
            />
          ),
          places: (
            <LazyPlaceList
              lang={lang}
              t={t}
              selectedIso={region?.iso ?? null}
              selectedPlace={entry?.place.id ?? null}
              onSelectRegion={onSelectRegion}
              onSelectPlace={selectPlace}
            />
          ),
          table: (
            <LazyRegionTable
              date={date}
              lang={lang}
              selectedIso={region?.iso ?? null}
              onSelectRegion={onSelectRegion}
            />
          ),
        }}
      </SidePanel>
    </main>
  )
}
