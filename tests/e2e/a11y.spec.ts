/**
 * axe-core finds no serious or critical violation on the pages readers land on: the home page, a
 * region page, a place page, every layer on in Spanish on a chosen day (the timeline's days in
 * every state, the legends and the run-off classes all drawn), and a phone. Each page is scanned
 * once the article panel is in, the card is open and the map has stopped moving, so the scan sees
 * the page a reader sees, the same each run.
 */
import type { Page } from '@playwright/test'
import { seriousViolations } from './axe.ts'
import { expect, mapSettled, openMap, selectionCard, test } from './fixtures.ts'

async function scanned(page: Page, path: string, card?: string): Promise<void> {
  await openMap(page, path)
  await expect(page.locator('.timeline-day').first()).toBeVisible()
  await expect(page.locator('a.mention').first()).toBeAttached() // the article panel is in
  if (card) await expect(selectionCard(page)).toContainText(card)
  await mapSettled(page)
  expect(await seriousViolations(page)).toEqual([])
}

test('the home page has no serious accessibility violation', async ({ page }) => {
  await scanned(page, '/?lang=en')
})

test('a region page has no serious accessibility violation', async ({ page }) => {
  await scanned(page, '/region/ayacucho/?lang=en', 'Ayacucho')
})

test('a place page has no serious accessibility violation', async ({ page }) => {
  await scanned(page, '/place/airport-juliaca/?lang=en', 'Juliaca')
})

test('every layer on, in Spanish, has no serious accessibility violation', async ({ page }) => {
  // A chosen day puts the timeline's days in all three states (shown, current, after).
  await scanned(
    page,
    '/?layers=article,south,mines,deaths,airports,curfew,context&lang=es&date=2022-12-12',
  )
  await page.getByRole('tab', { name: 'Capas' }).click()
  await expect(page.locator('input[data-layer="curfew"]')).toBeChecked()
  await mapSettled(page)
  expect(await seriousViolations(page)).toEqual([])
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
  test('a region page has no serious accessibility violation', async ({ page }) => {
    await scanned(page, '/region/puno/?lang=es', 'Puno')
  })
})
