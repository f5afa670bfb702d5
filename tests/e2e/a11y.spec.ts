/**
 * axe-core finds no serious or critical violation on the pages readers land on: the home page, a
 * region page, a place page, every layer on in Spanish (the timeline, the legends and the run-off
 * classes all drawn), and a phone. Each page is scanned once the map has stopped moving and the
 * popup's facts have loaded, so the scan sees the page a reader sees.
 */
import type { Page } from '@playwright/test'
import { seriousViolations } from './axe.ts'
import { expect, mapSettled, openMap, selectionCard, test } from './fixtures.ts'

async function scanned(page: Page, path: string): Promise<void> {
  await openMap(page, path)
  await expect(page.locator('.timeline-day').first()).toBeVisible()
  await mapSettled(page)
  expect(await seriousViolations(page)).toEqual([])
}

test('the home page has no serious accessibility violation', async ({ page }) => {
  await scanned(page, '/?lang=en')
})

test('a region page has no serious accessibility violation', async ({ page }) => {
  await openMap(page, '/region/ayacucho/?lang=en')
  await expect(selectionCard(page)).toContainText('Ayacucho')
  await scanned(page, '/region/ayacucho/?lang=en')
})

test('a place page has no serious accessibility violation', async ({ page }) => {
  await openMap(page, '/place/airport-juliaca/?lang=en')
  await expect(selectionCard(page)).toContainText('Juliaca')
  await scanned(page, '/place/airport-juliaca/?lang=en')
})

test('every layer on, in Spanish, has no serious accessibility violation', async ({ page }) => {
  await scanned(page, '/?layers=article,south,mines,deaths,airports,curfew,context&lang=es')
  await page.getByRole('tab', { name: 'Capas' }).click()
  await expect(page.locator('input[data-layer="curfew"]')).toBeChecked()
  await mapSettled(page)
  expect(await seriousViolations(page)).toEqual([])
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
  test('a region page has no serious accessibility violation', async ({ page }) => {
    await scanned(page, '/region/puno/?lang=es')
  })
})
