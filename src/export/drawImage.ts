/**
 * Draws the image of the current view on a canvas and hands it to the reader as a PNG download.
 * The map's SVG documents load as `data:` images (the policy's img-src already allows data:, so
 * the CSP needs nothing new), which do not taint the canvas; every text is drawn with fillText,
 * never parsed as markup. The PNG leaves through a `blob:` link with `download`, which no CSP
 * directive governs.
 */
import { type ImageLayout, type ImageText, imageFileName, layoutImage, SCALE } from './layout.ts'
import { type MapSnapshot, snapshotMap } from './mapSnapshot.ts'

const PAPER = '#ffffff'
const INK = '#1f1d1a'
const HALO = 'rgba(255, 255, 255, 0.9)'
const FRAME = '#8a8478'

function loadSvg(svg: string): Promise<HTMLImageElement> {
  const img = new Image()
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  return img.decode().then(() => img)
}

async function drawMap(ctx: CanvasRenderingContext2D, shot: MapSnapshot, at: ImageLayout['map']) {
  const images = await Promise.all(shot.svgs.map((part) => loadSvg(part.svg)))
  ctx.save()
  ctx.beginPath()
  ctx.rect(at.x, at.y, at.width, at.height)
  ctx.clip()
  ctx.fillStyle = shot.background
  ctx.fillRect(at.x, at.y, at.width, at.height)
  shot.svgs.forEach((part, i) => {
    const img = images[i]
    if (img) ctx.drawImage(img, at.x + part.x, at.y + part.y, part.width, part.height)
  })
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.lineJoin = 'round'
  for (const label of shot.labels) {
    if (label.dot) {
      ctx.beginPath()
      ctx.arc(at.x + label.dot.x, at.y + label.dot.y, label.dot.r, 0, 2 * Math.PI)
      ctx.fillStyle = label.dot.color
      ctx.fill()
    }
    ctx.font = label.font
    ctx.lineWidth = 3
    ctx.strokeStyle = HALO
    ctx.strokeText(label.text, at.x + label.x, at.y + label.y)
    ctx.fillStyle = label.color
    ctx.fillText(label.text, at.x + label.x, at.y + label.y)
  }
  ctx.restore()
}

function drawLegendAndText(ctx: CanvasRenderingContext2D, layout: ImageLayout) {
  ctx.textAlign = 'left'
  ctx.textBaseline = 'alphabetic'
  ctx.fillStyle = INK
  for (const op of layout.texts) {
    ctx.font = op.font
    ctx.fillText(op.text, op.x, op.y)
  }
  for (const sw of layout.swatches) {
    if (sw.kind === 'class') {
      ctx.fillStyle = sw.color
      ctx.fillRect(sw.x, sw.y, sw.size, sw.size)
      ctx.strokeStyle = FRAME
      ctx.lineWidth = 1
      ctx.strokeRect(sw.x + 0.5, sw.y + 0.5, sw.size - 1, sw.size - 1)
    } else {
      ctx.strokeStyle = sw.color
      ctx.lineWidth = 3
      ctx.beginPath()
      ctx.arc(sw.x + sw.size / 2, sw.y + sw.size / 2, sw.size / 2 - 1.5, 0, 2 * Math.PI)
      ctx.stroke()
    }
  }
}

/** The PNG of the map in `container` with the title, legend and attribution in `text`. */
export async function renderMapImage(container: HTMLElement, text: ImageText): Promise<Blob> {
  const shot = snapshotMap(container)
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('export: no 2D canvas')
  const measure = (value: string, font: string) => {
    ctx.font = font
    return ctx.measureText(value).width
  }
  const credits = shot.attribution ? [shot.attribution, ...text.credits] : text.credits
  const layout = layoutImage(
    Math.round(shot.width),
    Math.round(shot.height),
    { ...text, credits },
    measure,
  )
  canvas.width = layout.width * SCALE
  canvas.height = layout.height * SCALE
  ctx.scale(SCALE, SCALE)
  ctx.fillStyle = PAPER
  ctx.fillRect(0, 0, layout.width, layout.height)
  await drawMap(ctx, shot, layout.map)
  drawLegendAndText(ctx, layout)
  return new Promise((done, fail) =>
    canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('export: no PNG'))), 'image/png'),
  )
}

/** Renders the image and starts its download, named after the page (`peru-map-region-ayacucho.png`). */
export async function downloadMapImage(container: HTMLElement, text: ImageText): Promise<void> {
  const blob = await renderMapImage(container, text)
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = imageFileName(window.location.pathname)
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000) // after the browser has read it
}
