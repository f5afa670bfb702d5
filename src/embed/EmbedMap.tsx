/**
 * The embed: a one-line title with Share and Full screen, the map with its compact legend and the
 * selection's card over it, and a footer with the attribution and "Open the full map" (which
 * carries exactly the embed's state: region or place, layers, date, language, view). No site
 * header and no side panel. Selections in the embed replace the address rather than push history
 * entries: the host page's Back button is the reader's, not the map's.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Lang } from '../i18n/lang.ts'
import { SHARE_STRINGS } from '../i18n/shareStrings.ts'
import type { Strings } from '../i18n/strings.ts'
import { Overlays } from '../layers/Overlays.tsx'
import { runoffFills } from '../layers/palette.ts'
import { MapView } from '../map/MapView.tsx'
import { focusOf } from '../map/RouteFocus.tsx'
import { SvgPatterns } from '../map/SvgPatterns.tsx'
import { visibleLayers } from '../model/layers.ts'
import { useModel } from '../model/model.ts'
import { selectionKey, selectionOf } from '../model/selection.ts'
import { isPlaceShownAt } from '../model/timeline.ts'
import { type Route, type UrlState, withLang, withRoute } from '../state/url.ts'
import { navigate, readUrlState } from '../state/useUrlState.ts'
import { FullscreenButton } from '../ui/FullscreenButton.tsx'
import { ShareButton } from '../ui/ShareButton.tsx'
import { EmbedCard } from './EmbedCard.tsx'
import { EmbedLegend } from './EmbedLegend.tsx'
import { GestureGuard } from './GestureGuard.tsx'
import { GestureHint } from './GestureHint.tsx'
import type { Hint } from './gestures.ts'
import { fullPageLink } from './links.ts'

interface Props {
  state: UrlState
  lang: Lang
  t: Strings
}

function go(route: Route): void {
  navigate(withRoute(readUrlState(), route), 'replace')
}
const NO_FILLS = null
const noop = () => undefined

export function EmbedMap({ state, lang, t }: Props) {
  const model = useModel()
  const s = SHARE_STRINGS[lang]
  const { story } = model
  const selection = useMemo(
    () => selectionOf(state.route, model.regions, story),
    [state.route, model, story],
  )
  const region = selection.kind === 'region' ? selection.region : null
  const entry = selection.kind === 'place' ? selection.entry : null
  const layers = visibleLayers(state.layers, entry?.place.layer ?? null)
  const [hasLinkView] = useState(() => state.view !== null)
  const [hint, setHint] = useState<Hint | null>(null)
  const allFills = useMemo(() => runoffFills(story.runoff), [story])
  const date = state.date
  const isShown = useCallback(
    (id: string) => {
      const place = story.byId(id)?.place
      return place ? isPlaceShownAt(place, date) : true
    },
    [story, date],
  )
  const onSelectRegion = useCallback(
    (iso: string) => {
      const picked = model.regions.byIso(iso)
      if (picked) go({ kind: 'region', key: picked.slug })
    },
    [model],
  )
  const onSelectPlace = useCallback((id: string) => go({ kind: 'place', id }), [])
  const onClose = useCallback(() => go({ kind: 'home' }), [])
  const clearHint = useCallback(() => setHint(null), [])
  const source = useMemo(() => ({ state, model }), [state, model])
  useEffect(
    function rewriteToCanonicalSlug() {
      if (selection.kind === 'region' && !selection.canonical) {
        go({ kind: 'region', key: selection.region.slug })
      }
    },
    [selection],
  )
  const focus = useMemo(() => focusOf(selection), [selection])
  const key = selectionKey(selection)
  // The full page of exactly this state, in the language shown.
  const fullMap = fullPageLink(withLang(state, lang))
  const cardRoute: Route =
    selection.kind === 'region'
      ? { kind: 'region', key: selection.region.slug }
      : selection.kind === 'place'
        ? { kind: 'place', id: selection.entry.place.id }
        : { kind: 'home' }

  return (
    <div className="embed">
      <div className="embed-bar">
        <h1 className="embed-title">{t.appTitle}</h1>
        <ShareButton lang={lang} t={t} source={source} />
        <FullscreenButton lang={lang} />
      </div>
      <main className="embed-map">
        <SvgPatterns />
        <MapView
          lang={lang}
          t={t}
          basemap="bundled"
          onTilesFailed={noop}
          fills={layers.includes('south') ? allFills : NO_FILLS}
          selectedIso={region?.iso ?? null}
          focus={focus}
          focusKey={key}
          view={state.view}
          hasLinkView={hasLinkView}
          onSelectRegion={onSelectRegion}
        >
          <Overlays
            layers={layers}
            selectedId={entry?.place.id ?? null}
            lang={lang}
            isShown={isShown}
            onSelect={onSelectPlace}
          />
          <GestureGuard onHint={setHint} />
        </MapView>
        <EmbedLegend layers={layers} lang={lang} />
        <EmbedCard
          key={key}
          selection={selection}
          link={fullPageLink(withRoute(withLang(state, lang), cardRoute))}
          lang={lang}
          t={t}
          onClose={onClose}
          onOpenPlace={onSelectPlace}
        />
        <GestureHint hint={hint} lang={lang} onDone={clearHint} />
      </main>
      <footer className="embed-foot">
        <a className="embed-open" href={fullMap} target="_blank" rel="noopener">
          {s.openFullMap}
        </a>
        {/* One line beside the link that scrolls sideways in a small frame (embed.css): focusable,
            so a keyboard can scroll it too. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access */}
        <span className="embed-credit" tabIndex={0}>
          {s.embedCredit}
        </span>
      </footer>
    </div>
  )
}
