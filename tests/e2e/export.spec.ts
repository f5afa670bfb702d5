/**
 * "Download an image" (issue 10): the Share panel draws the current view from the map's own SVG
 * onto a canvas and downloads it as a PNG with the title, the legend and the attribution, with
 * no Content-Security-Policy violation (the fixture fails the test on any).
 */
import { readFileSync } from 'node:fs'
import type { Download, Frame, Page } from '@playwright/test'
import { pngSize } from '../build/png.ts'
import { expect, mapSettled, openMap, test } from './fixtures.ts'

const SCALE = 2 // image pixels per CSS pixel (src/export/layout.ts)

interface Pixels {
  width: number
  height: number
  colours: number // distinct colours
  inked: number // share of pixels that are not the white paper
  mapColours: number // distinct colours in the middle of the map's band
}

/** Decodes the PNG in the page (createImageBitmap) and counts what it shows. */
async function pixelsOf(page: Page | Frame, png: Buffer, mapTop: number): Promise<Pixels> {
  return page.evaluate(
    async ({ b64, top }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = document.createElement('canvas')
      canvas.width = bitmap.width
      canvas.height = bitmap.height
      const ctx = canvas.getContext('2d')
      if (!ctx) throw new Error('no canvas')
      ctx.drawImage(bitmap, 0, 0)
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data
      const all = new Set<number>()
      const middle = new Set<number>()
      let inked = 0
      for (let i = 0; i < data.length; i += 4) {
        const rgb = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0)
        all.add(rgb)
        if (rgb !== 0xffffff) inked++
        const y = Math.floor(i / 4 / bitmap.width)
        if (y > top + 100 && y < top + 400) middle.add(rgb)
      }
      return {
        width: bitmap.width,
        height: bitmap.height,
        colours: all.size,
        inked: inked / (data.length / 4),
        mapColours: middle.size,
      }
    },
    { b64: png.toString('base64'), top: mapTop },
  )
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<[Download, Buffer]> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()])
  const path = await download.path()
  return [download, readFileSync(path)]
}

test('“Download an image” gives a PNG of the view with its title, legend and attribution', async ({
  page,
}) => {
  await openMap(page, '/region/ayacucho/?lang=en&layers=south,deaths,airports')
  await mapSettled(page)
  const map = await page.locator('.leaflet-container').boundingBox()
  if (!map) throw new Error('no map')
  await page.getByRole('button', { name: 'Share', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Share this map' })
  const [download, png] = await downloaded(page, () =>
    dialog.getByRole('button', { name: 'Download an image (PNG)' }).click(),
  )
  expect(download.suggestedFilename()).toBe('peru-map-region-ayacucho.png')
  const size = pngSize(png)
  // As wide as the map on screen; taller: the title above, the legend and attribution below.
  expect(size.width).toBe(Math.round(map.width) * SCALE)
  expect(size.height).toBeGreaterThan(Math.round(map.height) * SCALE + 150 * SCALE)
  const pixels = await pixelsOf(page, png, 60 * SCALE)
  expect(pixels.width).toBe(size.width)
  // Not blank: the map's regions, the choropleth's classes, the markers and the text.
  expect(pixels.inked).toBeGreaterThan(0.5)
  expect(pixels.colours).toBeGreaterThan(100)
  expect(pixels.mapColours).toBeGreaterThan(20)
  await expect(dialog.getByRole('button', { name: 'Download an image (PNG)' })).toBeEnabled()
  await expect(dialog.getByRole('status').filter({ hasText: /could not/ })).toHaveCount(0)
})

test('the image’s map is the map on screen, drawn from its SVG (regions, fills, markers, labels)', async ({
  page,
}) => {
  await openMap(page, '/?lang=es&layers=south,deaths,curfew')
  await mapSettled(page)
  const map = page.locator('.leaflet-container')
  // The controls and the timeline sit over the map on screen, not in the image: hide them (CSSOM,
  // which the policy allows) for the comparison's screenshot.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>(
      '.leaflet-control-container, .timeline-dock, .notices, .map-credit, .map-legend-box, .keys-button',
    ))
      el.style.visibility = 'hidden'
  })
  const screen = await map.screenshot()
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[style*="visibility"]'))
      el.style.visibility = ''
  })
  await page.getByRole('button', { name: 'Compartir', exact: true }).click()
  const [, png] = await downloaded(page, () =>
    page.getByRole('button', { name: 'Descargar una imagen (PNG)' }).click(),
  )
  // Where the map's band starts in the image (below the title) is found by matching: the best
  // offset's share of points that differ, on a grid over the whole map.
  const match = await page.evaluate(
    async ({ shot, image, scale }) => {
      const decode = async (b64: string) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
        const canvas = document.createElement('canvas')
        canvas.width = bitmap.width
        canvas.height = bitmap.height
        const ctx = canvas.getContext('2d')
        if (!ctx) throw new Error('no canvas')
        ctx.drawImage(bitmap, 0, 0)
        return {
          w: bitmap.width,
          h: bitmap.height,
          d: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data,
        }
      }
      const a = await decode(shot)
      const b = await decode(image)
      const at = (img: typeof a, x: number, y: number) => (y * img.w + x) * 4
      let best = { offset: -1, differ: 1 }
      for (let offset = 0; offset < 200; offset++) {
        let differ = 0
        let n = 0
        for (let gy = 2; gy < 60; gy++) {
          for (let gx = 2; gx < 60; gx++) {
            const x = Math.floor((gx / 62) * a.w)
            const y = Math.floor((gy / 62) * a.h)
            const by = (y + offset) * scale
            if (by >= b.h) continue
            const i = at(a, x, y)
            const j = at(b, x * scale, by)
            n++
            const far =
              Math.abs((a.d[i] ?? 0) - (b.d[j] ?? 0)) +
                Math.abs((a.d[i + 1] ?? 0) - (b.d[j + 1] ?? 0)) +
                Math.abs((a.d[i + 2] ?? 0) - (b.d[j + 2] ?? 0)) >
              60
            if (far) differ++
          }
        }
        if (n > 0 && differ / n < best.differ) best = { offset, differ: differ / n }
      }
      return best
    },
    { shot: screen.toString('base64'), image: png.toString('base64'), scale: SCALE },
  )
  expect(match.offset).toBeGreaterThan(20) // below the title
  expect(match.differ).toBeLessThan(0.08)
})

test('the embed’s Share panel downloads the image too, in its language', async ({ page }) => {
  await page.goto('/embed/place/ayacucho-huamanga/?lang=es')
  await expect(page.locator('.leaflet-container.map-complete')).toHaveCount(1)
  await mapSettled(page)
  const map = await page.locator('.leaflet-container').boundingBox()
  if (!map) throw new Error('no map')
  await page.getByRole('button', { name: 'Compartir', exact: true }).click()
  const [download, png] = await downloaded(page, () =>
    page.getByRole('button', { name: 'Descargar una imagen (PNG)' }).click(),
  )
  expect(download.suggestedFilename()).toBe('peru-map-place-ayacucho-huamanga.png')
  const size = pngSize(png)
  expect(size.width).toBe(Math.round(map.width) * SCALE)
  const pixels = await pixelsOf(page, png, 60 * SCALE)
  expect(pixels.inked).toBeGreaterThan(0.5)
  expect(pixels.mapColours).toBeGreaterThan(20)
})

test('the image draws a town’s dot and its name where they are on screen', async ({ page }) => {
  // The canvas calls are recorded (an init script, outside the page's policy): the names drawn
  // with fillText and the dots with arc, in the map band's CSS pixels (drawImage.ts scales).
  await page.addInitScript(() => {
    const calls: { kind: string; text?: string; x: number; y: number }[] = []
    ;(window as unknown as { __canvas: typeof calls }).__canvas = calls
    const proto = CanvasRenderingContext2D.prototype
    const fillText = proto.fillText
    proto.fillText = function (text: string, x: number, y: number, ...rest: [number?]) {
      calls.push({ kind: 'text', text, x, y })
      return fillText.call(this, text, x, y, ...rest)
    }
    const arc = proto.arc
    proto.arc = function (x: number, y: number, ...rest: [number, number, number, boolean?]) {
      calls.push({ kind: 'arc', x, y })
      return arc.call(this, x, y, ...rest)
    }
  })
  await openMap(page, '/region/puno/?lang=en')
  await mapSettled(page)
  const town = page.locator('.town-label', { hasText: 'Juliaca' })
  await expect(town).toBeVisible()
  // On screen: the name's own box (a Range over its text) and the dot's centre (the ::before).
  const screen = await town.evaluate((icon) => {
    const span = icon.firstElementChild as HTMLElement
    const range = document.createRange()
    range.selectNodeContents(span)
    const text = range.getBoundingClientRect()
    const box = span.getBoundingClientRect()
    const dot = Number.parseFloat(getComputedStyle(span, '::before').width)
    return { textX: text.left + text.width / 2, dotX: box.left + dot / 2, dot }
  })
  expect(screen.dot).toBeGreaterThan(0)
  await page.getByRole('button', { name: 'Share', exact: true }).click()
  await downloaded(page, () =>
    page.getByRole('button', { name: 'Download an image (PNG)' }).click(),
  )
  const calls = await page.evaluate(
    () =>
      (window as unknown as { __canvas: { kind: string; text?: string; x: number; y: number }[] })
        .__canvas,
  )
  const name = calls.find((c) => c.kind === 'text' && c.text === 'Juliaca')
  if (!name) throw new Error('Juliaca is not in the image')
  // Its dot: an arc on the name's line, left of it by what separates them on screen.
  const gap = screen.textX - screen.dotX
  const dot = calls.find(
    (c) => c.kind === 'arc' && Math.abs(c.y - name.y) < 1 && Math.abs(name.x - c.x - gap) < 1.5,
  )
  expect(dot, `a dot ${gap.toFixed(1)} px left of the name`).toBeDefined()
})
