/**
 * The one popup of the map: opened at the selected feature's anchor with React children (never an
 * HTML string). Closing it (its × button, Escape, a click on the sea) calls onClose; a popup removed
 * because the selection moved elsewhere does not, so the new selection survives.
 */
import type { PopupEvent } from 'leaflet'
import { type ReactNode, useEffect, useMemo, useRef } from 'react'
import { Popup, useMapEvents } from 'react-leaflet'
import type { Strings } from '../i18n/strings.ts'
import type { LatLngTuple } from '../model/regions.ts'
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx'

interface Props {
  position: LatLngTuple // must be a stable reference (STYLE.md habit 8)
  selectionKey: string
  onClose: () => void
  /** False when the link's own view must stay as it is (a shared `#map=` wins over the popup). */
  autoPan: boolean
  t: Strings
  children: ReactNode
}

const POPUP_MAX_WIDTH = 360 // pixels
const POPUP_SCREEN_MARGIN = 60 // pixels: the popup's own frame (34) and the pan padding (8 + 16)
const AUTOPAN_PADDING: [number, number] = [16, 16] // pixels
const AUTOPAN_TOP_LEFT: [number, number] = [56, 16] // pixels: clear of the zoom buttons
const AUTOPAN_TOP_LEFT_NARROW: [number, number] = [8, 100] // pixels: the full width, below the zoom buttons
const NARROW_SCREEN = 720 // pixels, as in styles.css

export function SelectionPopup({ position, selectionKey, onClose, autoPan, t, children }: Props) {
  const currentKey = useRef(selectionKey)
  currentKey.current = selectionKey
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose

  useMapEvents({
    popupclose(e: PopupEvent) {
      const closedKey = (e.popup.options as { selectionKey?: string }).selectionKey
      // A popup removed because the selection changed belongs to the old key.
      if (closedKey === currentKey.current) onCloseRef.current()
    },
  })

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per opened selection, by key
  useEffect(
    function moveFocusIntoPopup() {
      // Focus goes to the card's title when the popup opens, and back where it was when it closes
      // (a list button, a mention in the article), so keyboard readers never lose their place.
      const previous = document.activeElement
      const timer = window.setTimeout(() => {
        const title = document.querySelector<HTMLElement>('.selection-popup .card-title')
        title?.focus({ preventScroll: true })
      }, 0)
      return function restoreFocus() {
        window.clearTimeout(timer)
        const inPopup = document.activeElement?.closest('.leaflet-popup')
        const lost = !document.activeElement || document.activeElement === document.body
        if ((inPopup || lost) && previous instanceof HTMLElement && previous.isConnected) {
          previous.focus({ preventScroll: true })
        }
      }
    },
    [selectionKey],
  )

  // Leaflet keeps unknown options: the key travels with the popup to its popupclose event.
  const options = useMemo(() => ({ selectionKey }) as object, [selectionKey])

  return (
    <Popup
      key={selectionKey}
      position={position}
      maxWidth={Math.min(POPUP_MAX_WIDTH, window.innerWidth - POPUP_SCREEN_MARGIN)}
      autoPan={autoPan}
      autoPanPadding={AUTOPAN_PADDING}
      autoPanPaddingTopLeft={
        window.innerWidth <= NARROW_SCREEN ? AUTOPAN_TOP_LEFT_NARROW : AUTOPAN_TOP_LEFT
      }
      className="selection-popup"
      {...options}
    >
      <ErrorBoundary key={selectionKey} name="popup" message={t.panelFailed} reloadLabel={t.reload}>
        {children}
      </ErrorBoundary>
    </Popup>
  )
}
