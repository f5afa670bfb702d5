/**
 * The map and its panels, once the model is loaded: derives what the link selects and wires the
 * map, the popup, the notices and the side panel. All state that a link can carry lives in the
 * address (state/url.ts); the rest (the base layer, a dismissed notice) is local.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import { format } from './i18n/format.ts'
import type { Lang } from './i18n/lang.ts'
import type { Strings } from './i18n/strings.ts'
import { MapView } from './map/MapView.tsx'
import { SelectionPopup } from './map/SelectionPopup.tsx'
import { useModel } from './model/model.ts'
import { selectionOf } from './model/selection.ts'
import { clearSelection, replaceRoute, selectRegion } from './state/actions.ts'
import { type UrlState, withRoute } from './state/url.ts'
import { shareLink } from './state/useUrlState.ts'
import { BasemapChooser, type BasemapId } from './ui/BasemapChooser.tsx'
import { Notice } from './ui/Notice.tsx'
import { RegionCard } from './ui/RegionCard.tsx'
import { RegionFinder } from './ui/RegionFinder.tsx'

interface Props {
  state: UrlState
  lang: Lang
  t: Strings
}

export function Explorer({ state, lang, t }: Props) {
  const model = useModel()
  const selection = useMemo(() => selectionOf(state.route, model.regions), [state.route, model])
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

  const onSelectRegion = useCallback(
    (iso: string) => {
      const picked = model.regions.byIso(iso)
      if (picked) selectRegion(picked.slug)
    },
    [model],
  )
  const onTilesFailed = useCallback(() => {
    setTilesFailed(true)
    setBasemap('bundled')
  }, [])
  const onBasemap = useCallback((value: BasemapId) => {
    setTilesFailed(false)
    setBasemap(value)
  }, [])

  const notFoundKey = selection.kind === 'not-found' ? selection.key : null
  const showNotFound = notFoundKey !== null && notFoundKey !== dismissedKey

  return (
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
        <BasemapChooser value={basemap} t={t} onChange={onBasemap} />
        <RegionFinder
          regions={model.regions.list}
          selectedIso={region?.iso ?? null}
          lang={lang}
          t={t}
          onSelect={onSelectRegion}
        />
      </aside>
    </main>
  )
}
