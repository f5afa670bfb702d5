/**
 * The panel beside the map (a bottom sheet on phones): four tabs — the article, the layers, the
 * list of places and regions, the regions' table — and a button that hides and shows it. On a phone the sheet has
 * three heights (peek, half, full) set by its handle: drag it, or press it to toggle.
 * The selection's card (`card`) sits at the top, above the tabs, in a box the stylesheet reserves
 * (ui/cardSlot.css); with the panel hidden, the card still shows, with the button that shows it.
 */
import { type ReactNode, Suspense, useId, useRef } from 'react'
import type { Strings } from '../i18n/strings.ts'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import { type SheetHeight, useSheetDrag } from './useSheetDrag.ts'

export type PanelTab = 'article' | 'layers' | 'places' | 'table'
const TABS: readonly PanelTab[] = ['article', 'layers', 'places', 'table']

interface Props {
  t: Strings
  tab: PanelTab
  onTab: (tab: PanelTab) => void
  open: boolean
  onOpen: (open: boolean) => void
  sheet: SheetHeight
  onSheet: (height: SheetHeight) => void
  children: Record<PanelTab, ReactNode>
  card?: ReactNode // the selection's card, or null
}

const LABEL = {
  article: 'panelArticle',
  layers: 'panelLayers',
  places: 'panelPlaces',
  table: 'panelTable',
} as const

export function SidePanel(props: Props) {
  const { t, tab, onTab, open, onOpen, sheet, onSheet, children, card = null } = props
  const id = useId()
  const tabRefs = useRef<Record<PanelTab, HTMLButtonElement | null>>({
    article: null,
    layers: null,
    places: null,
    table: null,
  })
  const drag = useSheetDrag(sheet, onSheet)

  function onTabKey(e: React.KeyboardEvent, current: PanelTab) {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    e.preventDefault()
    const next = TABS[(TABS.indexOf(current) + step + TABS.length) % TABS.length] ?? current
    onTab(next)
    tabRefs.current[next]?.focus()
  }

  const slot = card !== null && <div className="card-slot">{card}</div>
  if (!open) {
    const show = (
      <button
        type="button"
        className={`button panel-show${card !== null ? ' panel-show-inline' : ''}`}
        onClick={() => onOpen(true)}
      >
        {t.showPanel}
      </button>
    )
    if (card === null) return show
    return (
      <aside className="side-panel side-panel-card-only sheet-peek" aria-label={t.panelTabs}>
        <div className="panel-bar">{show}</div>
        {slot}
      </aside>
    )
  }
  return (
    <aside className={`side-panel sheet-${sheet}`} aria-label={t.panelTabs}>
      <button
        type="button"
        className="sheet-handle"
        aria-label={t.sheetDrag}
        onClick={() => onSheet(sheet === 'peek' ? 'half' : 'peek')}
        {...drag}
      >
        <span aria-hidden="true" />
      </button>
      {slot}
      <div className="panel-bar">
        <div role="tablist" aria-label={t.panelTabs} className="panel-tabs">
          {TABS.map((name) => (
            <button
              key={name}
              ref={(el) => {
                tabRefs.current[name] = el
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`${id}-panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              className="panel-tab"
              onClick={() => {
                onTab(name)
                if (sheet === 'peek') onSheet('half')
              }}
              onKeyDown={(e) => onTabKey(e, name)}
            >
              {t[LABEL[name]]}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="panel-hide"
          onClick={() => onOpen(false)}
          aria-label={t.hidePanel}
        >
          ×
        </button>
      </div>
      {TABS.map((name) => (
        <div
          key={name}
          role="tabpanel"
          id={`${id}-panel-${name}`}
          aria-labelledby={`${id}-tab-${name}`}
          hidden={tab !== name}
          className={`panel-body panel-body-${name}`}
        >
          {tab === name && (
            <ErrorBoundary name={name} message={t.panelFailed} reloadLabel={t.reload}>
              <Suspense fallback={<p role="status">{t.loading}</p>}>{children[name]}</Suspense>
            </ErrorBoundary>
          )}
        </div>
      ))}
    </aside>
  )
}
