/**
 * The app: reads the share link, derives what it selects, and wires the map and the panels.
 * All state that a link can carry lives in the address (state/url.ts); the rest (the base layer,
 * a dismissed notice) is local.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import { format } from './i18n/format.ts'
import { pickLang } from './i18n/lang.ts'
import { STRINGS } from './i18n/strings.ts'
import { MapView } from './map/MapView.tsx'
import { SelectionPopup } from './map/SelectionPopup.tsx'
import { REGIONS, regionByIso } from './model/regions.ts'
import { selectionOf } from './model/selection.ts'
import { clearSelection, replaceRoute, selectRegion, setLang } from './state/actions.ts'
import { withRoute } from './state/url.ts'
import { shareLink, useUrlState } from './state/useUrlState.ts'
import { BasemapChooser, type BasemapId } from './ui/BasemapChooser.tsx'
import { Header } from './ui/Header.tsx'
import { Notice } from './ui/Notice.tsx'
import { RegionCard } from './ui/RegionCard.tsx'
import { RegionFinder } from './ui/RegionFinder.tsx'

function onSelectRegion(iso: string) {
  const region = regionByIso(iso)
  if (region) selectRegion(region.slug)
}

export function App() {
  const state = useUrlState()
  const lang = pickLang(state.lang, navigator.languages ?? [navigator.language])
  const t = STRINGS[lang]
  const selection = useMemo(() => selectionOf(state.route), [state.route])
  const region = selection.kind === 'region' ? selection.region : null

  const [basemap, setBasemap] = useState<BasemapId>('bundled')
  const [tilesFailed, setTilesFailed] = useState(false)
  const [dismissedKey, setDismissedKey] = useState<string | null>(null)
  const [hasLinkView] = useState(() => state.view !== null)

  useEffect(
    function rewriteToCanonicalSlug() {
      if (selection.kind === 'region' && !selection.canonical) {
        replaceRoute({ kind: 'region', key: selection.region.slug })
      }
    },
    [selection],
  )
  useEffect(
    function setDocumentLanguage() {
      document.documentElement.lang = lang
    },
    [lang],
  )

  const onTilesFailed = useCallback(() => {
    setTilesFailed(true)
    setBasemap('bundled')
  }, [])

  const notFoundKey = selection.kind === 'not-found' ? selection.key : null
  const showNotFound = notFoundKey !== null && notFoundKey !== dismissedKey

  return (
    <div className="app">
      <Header lang={lang} t={t} onLang={setLang} />
      <main className="app-main">
        <div className="map-wrap">
          <MapView
            lang={lang}
            t={t}
            basemap={basemap}
            onTilesFailed={onTilesFailed}
            selectedIso={region?.iso ?? null}
            focusBounds={region?.bounds ?? null}
            focusKey={region?.iso ?? ''}
            view={state.view}
            hasLinkView={hasLinkView}
            onSelectRegion={onSelectRegion}
          >
            {region && (
              <SelectionPopup
                position={region.anchor}
                selectionKey={region.iso}
                onClose={clearSelection}
              >
                <RegionCard
                  region={region}
                  lang={lang}
                  t={t}
                  link={shareLink(withRoute(state, { kind: 'region', key: region.slug }))}
                />
              </SelectionPopup>
            )}
          </MapView>
          <div className="notices">
            {showNotFound && (
              <Notice
                text={format(t.regionNotFound, { key: notFoundKey })}
                onDismiss={() => setDismissedKey(notFoundKey)}
                t={t}
              />
            )}
            {tilesFailed && (
              <Notice text={t.tilesFailed} onDismiss={() => setTilesFailed(false)} t={t} />
            )}
          </div>
        </div>
        <aside className="side-panel" aria-label={t.regionsHeading}>
          <BasemapChooser
            value={basemap}
            t={t}
            onChange={(b) => {
              setTilesFailed(false)
              setBasemap(b)
            }}
          />
          <RegionFinder
            regions={REGIONS}
            selectedIso={region?.iso ?? null}
            lang={lang}
            t={t}
            onSelect={onSelectRegion}
          />
        </aside>
      </main>
    </div>
  )
}
