/**
 * Dragging the bottom sheet's handle on a phone: a drag up by more than DRAG_STEP pixels raises
 * the sheet one height (peek → half → full), a drag down lowers it. A press without a drag is a
 * click, which the handle's onClick turns into a toggle.
 */
import { useRef } from 'react'

export type SheetHeight = 'peek' | 'half' | 'full'
const HEIGHTS: readonly SheetHeight[] = ['peek', 'half', 'full']
const DRAG_STEP = 40 // pixels of movement that count as a drag, not a tap

export function nextHeight(current: SheetHeight, dy: number): SheetHeight {
  if (Math.abs(dy) < DRAG_STEP) return current
  const i = HEIGHTS.indexOf(current) + (dy < 0 ? 1 : -1)
  return HEIGHTS[Math.max(0, Math.min(HEIGHTS.length - 1, i))] ?? current
}

export function useSheetDrag(current: SheetHeight, onChange: (h: SheetHeight) => void) {
  const start = useRef<number | null>(null)
  const dragged = useRef(false)
  return {
    onPointerDown(e: React.PointerEvent<HTMLElement>) {
      start.current = e.clientY
      dragged.current = false
      e.currentTarget.setPointerCapture?.(e.pointerId)
    },
    onPointerUp(e: React.PointerEvent<HTMLElement>) {
      if (start.current === null) return
      const dy = e.clientY - start.current
      start.current = null
      const next = nextHeight(current, dy)
      if (next !== current) {
        dragged.current = true
        onChange(next)
      }
    },
    onClickCapture(e: React.MouseEvent) {
      // A drag ends with a click on the handle: it must not also toggle.
      if (dragged.current) {
        dragged.current = false
        e.stopPropagation()
        e.preventDefault()
      }
    },
  }
}
