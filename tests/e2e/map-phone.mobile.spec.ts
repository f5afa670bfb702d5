/** Phones: the legend is one tap away, symbols are touch-sized, the tools are on the map. */
import { expect, mapSettled, openMap, test } from './fixtures.ts'

test('on a phone the legend starts folded and opens with one tap', async ({ page }) => {
  await openMap(page, '/?lang=en')
  const toggle = page.getByRole('button', { name: 'Legend', exact: true })
  await expect(toggle).toBeVisible()
  await expect(page.locator('.map-legend-body')).toBeHidden()
  await toggle.tap()
  await expect(page.locator('.legend-layer-deaths')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Hide the legend' })).toBeVisible()
})

test('on a phone every symbol is at least 24 px across', async ({ page }) => {
  await openMap(page, '/?lang=en')
  await mapSettled(page)
  const sizes = await page
    .locator('path.place-point')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width))
  expect(sizes.length).toBeGreaterThan(10)
  for (const w of sizes) expect(w).toBeGreaterThanOrEqual(24)
})

test('on a phone the whole of Peru is one tap away', async ({ page }) => {
  await openMap(page, '/region/puno/?lang=en')
  await mapSettled(page)
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Whole of Peru' }).tap()
  await mapSettled(page)
  for (const iso of ['PE-TUM', 'PE-TAC']) {
    const box = await page.locator(`path.region-${iso}`).boundingBox()
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0)
  }
})

test('on a phone the basemap credit is one line under the timeline, all of it reachable', async ({
  page,
}) => {
  await openMap(page, '/?lang=es')
  const credit = page.locator('.map-credit')
  await expect(credit).toContainText('Natural Earth')
  await expect(credit).toContainText('IDEP 2016 (peru-geojson), CC BY 4.0') // the licence's terms
  const box = await credit.boundingBox()
  const dock = await page.locator('.timeline-dock').boundingBox()
  const map = await page.locator('.leaflet-container').boundingBox()
  if (!box || !dock || !map) throw new Error('no credit, timeline or map')
  expect(box.height).toBeLessThanOrEqual(22) // one line
  expect(box.y).toBeGreaterThanOrEqual(dock.y + dock.height) // not behind the timeline
  expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height + 0.5)
  // What does not fit scrolls sideways: the end of the credit can be brought into view.
  const end = await credit.evaluate((el) => {
    el.scrollLeft = el.scrollWidth
    return el.scrollLeft + el.clientWidth >= el.scrollWidth - 1
  })
  expect(end).toBe(true)
})
