/**
 * The one popup of the map: opened at the selected feature's anchor with React children (never an
 * HTML string). Closing it (its × button, Escape, a click on the sea) calls onClose; a popup removed
 * because the selection moved elsewhere does not, so the new selection survives.
 */
import type { PopupEvent } from 'leaflet'
import { type ReactNode, useMemo, useRef } from 'react'
import { Popup, useMapEvents } from 'react-leaflet'
import type { LatLngTuple } from '../model/regions.ts'

interface Props {
  position: LatLngTuple // must be a stable reference (STYLE.md habit 8)
  selectionKey: string
  onClose: () => void
  children: ReactNode
}

const POPUP_MAX_WIDTH = 360 // pixels; narrower on phones through CSS
const AUTOPAN_PADDING: [number, number] = [16, 16] // pixels

export function SelectionPopup({ position, selectionKey, onClose, children }: Props) {
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

  // Leaflet keeps unknown options: the key travels with the popup to its popupclose event.
  const options = useMemo(() => ({ selectionKey }) as object, [selectionKey])

  return (
    <Popup
      key={selectionKey}
      position={position}
      maxWidth={POPUP_MAX_WIDTH}
      autoPanPadding={AUTOPAN_PADDING}
      className="selection-popup"
      {...options}
    >
      {children}
    </Popup>
  )
}
