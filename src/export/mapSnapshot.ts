/**
 * The map as it is on screen, read from Leaflet's own DOM: every SVG renderer's <svg> (one per
 * pane: the neighbours, the regions, the overlays) as a standalone SVG document placed where it
 * sits in the map, and the DivIcon labels as text with their font and colour. Nothing is read as
 * or turned into HTML: SVG nodes are cloned and serialized, labels are `textContent`.
 *
 * The page's stylesheet does not reach an SVG drawn as an image, so each shape's computed paint
 * (fill, stroke, dashes, opacity) is copied onto its clone as presentation attributes (not style
 * attributes: those would need a looser style-src), and the hatch patterns the paths refer to
 * (`url(#curfew-hatch)`, map/SvgPatterns.tsx) are copied into each document's <defs>.
 * Tiles (the optional street map) are left out: they come from another origin and would taint
 * the canvas; the bundled basemap is drawn instead.
 */

const SVG_NS = 'http://www.w3.org/2000/svg'
const PAINT = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
] as const

export interface SvgPart {
  svg: string // a standalone SVG document
  x: number // CSS px from the map's top left
  y: number
  width: number
  height: number
}

export interface LabelPart {
  text: string
  x: number // the label's centre, CSS px from the map's top left
  y: number
  font: string
  color: string
  dot: { x: number; y: number; r: number; color: string } | null // a town's dot (CSS ::before)
}

export interface MapSnapshot {
  width: number
  height: number
  background: string
  svgs: SvgPart[]
  labels: LabelPart[]
  attribution: string
}

function paintClone(source: Element, clone: Element): void {
  if (source instanceof SVGGraphicsElement && !(source instanceof SVGSVGElement)) {
    const style = getComputedStyle(source)
    if (style.display === 'none' || style.visibility === 'hidden') {
      clone.remove()
      return
    }
    for (const name of PAINT) clone.setAttribute(name, style.getPropertyValue(name))
    clone.removeAttribute('class')
  }
  const sourceKids = Array.from(source.children)
  const cloneKids = Array.from(clone.children)
  sourceKids.forEach((kid, i) => {
    const twin = cloneKids[i]
    if (twin) paintClone(kid, twin)
  })
}

function standalone(svg: SVGSVGElement, patterns: Element | null, width: number, height: number) {
  const clone = svg.cloneNode(true) as SVGSVGElement
  paintClone(svg, clone)
  clone.setAttribute('xmlns', SVG_NS)
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  clone.removeAttribute('class')
  clone.removeAttribute('style')
  if (patterns) clone.insertBefore(patterns.cloneNode(true), clone.firstChild)
  return new XMLSerializer().serializeToString(clone)
}

function labelOf(icon: Element, origin: DOMRect): LabelPart | null {
  const text = icon.textContent?.trim()
  const span = icon.firstElementChild ?? icon
  const box = span.getBoundingClientRect()
  if (!text || box.width === 0) return null
  const style = getComputedStyle(span)
  // A town's dot is the span's ::before, a flex item before the text (styles.css .town-label):
  // drawn as a circle, and the text centred on what is left of the box.
  const before = getComputedStyle(span, '::before')
  const dotWidth = before.content !== 'none' ? Number.parseFloat(before.width) || 0 : 0
  const gap = dotWidth > 0 ? Number.parseFloat(style.columnGap) || 0 : 0
  const textLeft = box.left + dotWidth + gap
  const y = box.top + box.height / 2 - origin.top
  return {
    text: style.textTransform === 'uppercase' ? text.toLocaleUpperCase() : text,
    x: (textLeft + box.right) / 2 - origin.left,
    y,
    font: `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
    color: style.color,
    dot:
      dotWidth > 0
        ? {
            x: box.left + dotWidth / 2 - origin.left,
            y,
            r: dotWidth / 2,
            color: before.backgroundColor,
          }
        : null,
  }
}

function paneZ(el: Element): number {
  const pane = el.closest('.leaflet-pane')
  return pane ? Number.parseInt(getComputedStyle(pane).zIndex, 10) || 0 : 0
}

/** Panes stack by z-index (basemap 250, overlays 400…), not by document order. */
function byPaneOrder<T extends Element>(list: Iterable<T>): T[] {
  return Array.from(list).sort((a, b) => paneZ(a) - paneZ(b))
}

/** Reads the map in `container` (a `.leaflet-container`) as it is drawn now. */
export function snapshotMap(container: HTMLElement): MapSnapshot {
  const origin = container.getBoundingClientRect()
  const patterns = document.querySelector('.svg-patterns defs')
  const svgs: SvgPart[] = []
  for (const svg of byPaneOrder(container.querySelectorAll<SVGSVGElement>('.leaflet-pane svg'))) {
    const box = svg.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) continue
    svgs.push({
      svg: standalone(svg, patterns, box.width, box.height),
      x: box.left - origin.left,
      y: box.top - origin.top,
      width: box.width,
      height: box.height,
    })
  }
  const labels = Array.from(container.querySelectorAll('.leaflet-marker-icon'))
    .map((icon) => labelOf(icon, origin))
    .filter((label): label is LabelPart => label !== null)
  const attribution = container.querySelector('.leaflet-control-attribution')?.textContent ?? ''
  return {
    width: origin.width,
    height: origin.height,
    background: getComputedStyle(container).backgroundColor,
    svgs,
    labels,
    attribution: attribution.replace(/\s+/g, ' ').trim(),
  }
}
