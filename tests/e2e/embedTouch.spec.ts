/**
 * The embed's touch gestures (issue 10, no scroll trap): in a newsroom's article on a touch
 * screen, one finger over the map scrolls the article and leaves the map where it is, with the
 * hint "Use two fingers to move the map"; two fingers move the map. The touches are real touch
 * input (Chrome DevTools Protocol `Input.dispatchTouchEvent`), routed by the browser into the
 * cross-origin frame as a reader's fingers would be.
 */
import type { CDPSession, Frame, Page } from '@playwright/test'
import { expect, mapSettled, test } from './fixtures.ts'
import { type Host, startHost } from './host.ts'

let host: Host

test.beforeAll(async () => {
  host = await startHost(`http://127.0.0.1:${process.env.E2E_PORT}`)
})
test.afterAll(async () => {
  await host.close()
})

test.use({ hasTouch: true })

const STEPS = 12 // touch moves per gesture
const DISTANCE = 180 // px the fingers travel, upwards

const EMBED = 'embed/?lang=en#map=7/-13.000/-74.000' // central Peru, zoomed in, nothing selected

async function openArticle(page: Page): Promise<Frame> {
  await page.route(`${host.origin}/**`, (route) => route.continue()) // the second origin is allowed
  await page.goto(`${host.origin}/?embed=${encodeURIComponent(EMBED)}&height=450`)
  const frame = page.frameLocator('#map')
  await expect(frame.locator('path.region')).toHaveCount(26)
  await expect(frame.locator('.leaflet-container.map-complete')).toHaveCount(1)
  const embed = page.frame({ url: /\/embed\// })
  if (!embed) throw new Error('no embed frame')
  await mapSettled(embed as unknown as Page)
  return embed
}

/** Where Ayacucho is drawn inside the frame (not on the page, which scrolls): moves with the map. */
async function ayacucho(frame: Frame): Promise<{ x: number; y: number }> {
  const box = await frame
    .locator('path.region-PE-AYA')
    .evaluate((path) => path.getBoundingClientRect().toJSON() as { x: number; y: number })
  return { x: Math.round(box.x), y: Math.round(box.y) }
}

/** Fingers down at `points`, moved together DISTANCE px up in STEPS, then lifted. */
async function swipe(cdp: CDPSession, points: { x: number; y: number }[]): Promise<void> {
  const at = (dy: number) => points.map((p, id) => ({ x: p.x, y: p.y - dy, id }))
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) })
  for (let step = 1; step <= STEPS; step++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: at((DISTANCE * step) / STEPS),
    })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
}

async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('#map').boundingBox()
  if (!box) throw new Error('no frame')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

test('one finger over the embedded map scrolls the article, not the map, and says how to move it', async ({
  page,
}) => {
  const frame = await openArticle(page)
  const cdp = await page.context().newCDPSession(page)
  const before = await ayacucho(frame)
  const centre = await mapCentre(page)
  await swipe(cdp, [centre])
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(DISTANCE / 2)
  await expect(page.frameLocator('#map').locator('.gesture-hint')).toHaveText(
    'Use two fingers to move the map',
  )
  await mapSettled(frame as unknown as Page)
  expect(await ayacucho(frame)).toEqual(before)
})

test('two fingers over the embedded map move the map, and the article stays', async ({ page }) => {
  const frame = await openArticle(page)
  const cdp = await page.context().newCDPSession(page)
  const before = await ayacucho(frame)
  const centre = await mapCentre(page)
  await swipe(cdp, [
    { x: centre.x - 40, y: centre.y + 60 },
    { x: centre.x + 40, y: centre.y + 60 },
  ])
  await mapSettled(frame as unknown as Page)
  const after = await ayacucho(frame)
  // The map followed the fingers up (a view zoomed in, so that the map's bounds do not resist).
  expect(before.y - after.y).toBeGreaterThan(DISTANCE * 0.8)
  expect(after.x).toBe(before.x)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
})
