/** What the page shows while the map's geometry and data load, or when they could not. */
import type { Strings } from '../i18n/strings.ts'

export function Loading({ t }: { t: Strings }) {
  return (
    <main className="app-main load-status" aria-busy="true">
      <p role="status">{t.loading}</p>
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
