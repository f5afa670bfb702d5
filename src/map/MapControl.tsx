/**
 * A Leaflet control whose content is React children (a portal into the control's element), so
 * controls are built as React elements, never as HTML strings. Clicks and wheel turns inside it
 * stay in it: they neither pan nor zoom the map.
 */
import { Control, type ControlPosition, DomEvent } from 'leaflet'
import { type ReactNode, useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { useMap } from 'react-leaflet'

interface Props {
  position: ControlPosition
  className: string
  children: ReactNode
}

export function MapControl({ position, className, children }: Props) {
  const map = useMap()
  const [element] = useState(() => document.createElement('div'))
  element.className = `leaflet-control ${className}`
  useEffect(
    function addTheControl() {
      const control = new Control({ position })
      control.onAdd = () => element
      control.addTo(map)
      DomEvent.disableClickPropagation(element)
      DomEvent.disableScrollPropagation(element)
      return () => {
        control.remove()
      }
    },
    [map, element, position],
  )
  return createPortal(children, element)
}
