/**
 * No scroll trap in the embed (gestures.ts decides): listens, in the capture phase on the map's
 * parent, before Leaflet's own handlers, so a wheel or a one-finger swipe that belongs to the
 * host page never reaches the map. The hint to show goes up through `onHint`.
 */
import { useEffect } from 'react'
import { useMap } from 'react-leaflet'
import { type Hint, hintFor, touchMovesMap, wheelAction } from './gestures.ts'

interface Props {
  onHint: (hint: Hint) => void
}

const COARSE = '(pointer: coarse)' // phones and tablets: one finger scrolls the page from the start

export function GestureGuard({ onHint }: Props) {
  const map = useMap()
  useEffect(
    function guardGestures() {
      const container = map.getContainer()
      const parent = container.parentElement
      if (!parent) return
      let active = false // the reader clicked into the map: the wheel zooms it
      if (window.matchMedia?.(COARSE).matches) map.dragging.disable()
      const platform = navigator.platform || navigator.userAgent
      const onWheel = (e: WheelEvent) => {
        if (!container.contains(e.target as Node)) return
        if (wheelAction(e, active) === 'zoom-map') return
        e.stopPropagation() // Leaflet never sees it; the browser scrolls the host page
        onHint(hintFor('wheel', platform))
      }
      const onPointerDown = (e: PointerEvent) => {
        const inside = container.contains(e.target as Node)
        if (e.pointerType === 'touch') {
          map.dragging.disable() // one finger scrolls; Leaflet's pinch pans and zooms with two
          return
        }
        if (!map.dragging.enabled()) map.dragging.enable()
        active = inside
      }
      const onTouchMove = (e: TouchEvent) => {
        if (container.contains(e.target as Node) && !touchMovesMap(e.touches.length)) {
          onHint('touch')
        }
      }
      const onLeave = () => {
        active = false
      }
      parent.addEventListener('wheel', onWheel, { capture: true, passive: true })
      document.addEventListener('pointerdown', onPointerDown, { capture: true })
      parent.addEventListener('touchmove', onTouchMove, { capture: true, passive: true })
      container.addEventListener('mouseleave', onLeave)
      return function stopGuarding() {
        parent.removeEventListener('wheel', onWheel, { capture: true })
        document.removeEventListener('pointerdown', onPointerDown, { capture: true })
        parent.removeEventListener('touchmove', onTouchMove, { capture: true })
        container.removeEventListener('mouseleave', onLeave)
      }
    },
    [map, onHint],
  )
  return null
}
