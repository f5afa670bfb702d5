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

test('the image draws the map itself: a region’s fill shows where the region is on screen', async ({
  page,
}) => {
  await openMap(page, '/?lang=es&layers=south')
  await mapSettled(page)
  const map = await page.locator('.leaflet-container').boundingBox()
  const puno = await page.locator('path.region-PE-PUN').boundingBox()
  if (!map || !puno) throw new Error('no map')
  const onScreen = await page.locator('path.region-PE-PUN').evaluate((p) => getComputedStyle(p).fill)
  await page.getByRole('button', { name: 'Compartir', exact: true }).click()
  const [, png] = await downloaded(page, () =>
    page.getByRole('button', { name: 'Descargar una imagen (PNG)' }).click(),
  )
  // The map's band starts below the title: find it as the first row with the sea's colour
  // at the left edge, then read Puno's centre there.
  const found = await page.evaluate(
    async ({ b64, x, y, scale }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = document.createElement('canvas')
      canvas.width = bitmap.width
      canvas.height = bitmap.height
      const ctx = canvas.getContext('2d')
      if (!ctx) throw new Error('no canvas')
      ctx.drawImage(bitmap, 0, 0)
      const sea = getComputedStyle(document.querySelector('.leaflet-container') as Element)
        .backgroundColor.match(/\d+/g)
        ?.map(Number)
      let top = -1
      for (let row = 0; row < bitmap.height && top < 0; row++) {
        const [r, g, b] = ctx.getImageData(1, row, 1, 1).data
        if (sea && r === sea[0] && g === sea[1] && b === sea[2]) top = row
      }
      const [r, g, b] = ctx.getImageData(Math.round(x * scale), top + Math.round(y * scale), 1, 1).data
      return { top, rgb: [r, g, b] }
    },
    {
      b64: png.toString('base64'),
      x: puno.x - map.x + puno.width / 2,
      y: puno.y - map.y + puno.height / 2,
      scale: SCALE,
    },
  )
  expect(found.top).toBeGreaterThan(0)
  // The choropleth's colour for Puno, as the screen draws it (opaque fill over the sea).
  expect(onScreen).toMatch(/^rgb|^#/)
  expect(found.rgb).not.toEqual([255, 255, 255])
})
