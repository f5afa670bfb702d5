/**
 * Brings the active paragraph into view inside the panel that scrolls it, moving that panel as
 * little as possible (like scrollIntoView's block: 'nearest') and never the page: on a phone the
 * panel is a bottom sheet over the map, and scrollIntoView would also scroll the document.
 */

const MARGIN = 12 // px kept between the paragraph and the panel's edge, so its bar shows whole

/** How far to scroll a view [viewTop, viewBottom] so [top, bottom] is in it, the least possible. */
export function nearestDelta(viewTop: number, viewBottom: number, top: number, bottom: number) {
  if (top < viewTop) return top - viewTop
  if (bottom > viewBottom) return Math.min(bottom - viewBottom, top - viewTop) // taller: show its top
  return 0
}

function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node)
    if (/auto|scroll|overlay/.test(overflowY) && node.scrollHeight > node.clientHeight) return node
  }
  return null
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

/** Scrolls `el` into view inside its scroll container; the page scrolls only if it is the container. */
export function revealParagraph(el: HTMLElement, behavior: ScrollBehavior): void {
  const container = scrollParent(el)
  if (!container) {
    el.scrollIntoView({ block: 'nearest', behavior })
    return
  }
  const view = container.getBoundingClientRect()
  const viewTop = view.top + container.clientTop + MARGIN
  const box = el.getBoundingClientRect()
  const delta = nearestDelta(
    viewTop,
    viewTop + container.clientHeight - 2 * MARGIN,
    box.top,
    box.bottom,
  )
  if (delta) container.scrollTo({ top: container.scrollTop + delta, behavior })
}
