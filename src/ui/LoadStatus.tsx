/** What the page shows while the map's geometry and data load, or when they could not. */
import type { Strings } from '../i18n/strings.ts'

/**
 * The same frame as the loaded app (map area and panel, and the card's box when the link selects
 * a region or place: `has-card`, ui/cardSlot.css), so nothing shifts when it arrives.
 */
export function Loading({ t, withCard = false }: { t: Strings; withCard?: boolean }) {
  return (
    <main className={withCard ? 'app-main has-card' : 'app-main'} aria-busy="true">
      <div className="map-wrap load-status">
        <p role="status">{t.loading}</p>
      </div>
      <div className="side-panel side-panel-placeholder" />
    </main>
  )
}

export function LoadFailed({ t, error }: { t: Strings; error: string }) {
  return (
    <main className="app-main load-status">
      <div role="alert">
        <p>{t.loadFailed}</p>
        <p className="load-error">{error}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </div>
    </main>
  )
}
