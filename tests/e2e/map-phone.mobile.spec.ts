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
