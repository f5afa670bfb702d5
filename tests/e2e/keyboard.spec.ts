/**
 * Keyboard only: everything a mouse can do. Tab to the list of places, Enter opens one (focus moves
 * into its popup), Escape closes it (focus returns to the list); the tabs follow the arrow keys.
 */
import { expect, framesDrawn, openMap, selectionCard, test } from './fixtures.ts'

test('keyboard only: Tab to the list, Enter on a place, Escape', async ({ page }) => {
  await openMap(page, '/?lang=en')
  const placesTab = page.getByRole('tab', { name: 'Places' })
  await placesTab.focus()
  await page.keyboard.press('Enter')
  await expect(placesTab).toHaveAttribute('aria-selected', 'true')
  const item = page.locator('button[data-place="airport-juliaca"]')
  // Tab from the tab list into the list until the item has focus.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    if (await item.evaluate((el) => el === document.activeElement)) break
  }
  await expect(item).toBeFocused()
  await page.keyboard.press('Enter')
  const title = selectionCard(page).locator('.card-title')
  await expect(title).toContainText('Juliaca')
  await expect(title).toBeFocused()
  await expect.poll(() => new URL(page.url()).pathname).toBe('/place/airport-juliaca/')
  await page.keyboard.press('Escape')
  await expect(selectionCard(page)).toHaveCount(0)
  await expect.poll(() => new URL(page.url()).pathname).toBe('/')
  await expect(item).toBeFocused()
})

test('the panel tabs follow the arrow keys', async ({ page }) => {
  await openMap(page, '/?lang=en')
  await page.getByRole('tab', { name: 'Layers' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Places' })).toBeFocused()
  await expect(page.getByRole('tab', { name: 'Places' })).toHaveAttribute('aria-selected', 'true')
})

test('map features and controls have accessible names', async ({ page }) => {
  await openMap(page, '/?lang=es')
  await expect(page.locator('path.region-PE-AYA')).toHaveAttribute('aria-label', 'Ayacucho')
  await expect(page.getByRole('button', { name: 'Acercar' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Alejar' })).toBeVisible()
  const death = page.locator('path.layer-deaths').first()
  await expect(death).toHaveAttribute('aria-label', /\S/)
})

test('the panel can be hidden and shown, and the map stays usable', async ({ page }) => {
  await openMap(page, '/?lang=en&layers=')
  const before = await page.locator('.leaflet-container').boundingBox()
  await page.getByRole('button', { name: 'Hide panel' }).click()
  await expect(page.getByRole('tablist')).toHaveCount(0)
  await expect
    .poll(async () => (await page.locator('.leaflet-container').boundingBox())?.width)
    .toBeGreaterThan((before?.width ?? 0) + 100)
  await page.locator('path.region-PE-PUN').click()
  await expect(selectionCard(page).locator('.card-title')).toHaveText('Puno')
  await page.getByRole('button', { name: 'Show panel' }).click()
  await expect(page.getByRole('tablist')).toBeVisible()
})

test('a shared link keeps focus at the page’s start until the reader acts; then a card takes it', async ({
  page,
}) => {
  await openMap(page, '/region/cusco/?lang=en')
  const title = selectionCard(page).locator('.card-title')
  await expect(title).toHaveText('Cusco')
  await framesDrawn(page, 10) // the card's effects have run
  await expect(title).not.toBeFocused()
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to the map’s description' })).toBeFocused()
  await page.locator('path.region-PE-PUN').click()
  await expect(title).toHaveText('Puno')
  await expect(title).toBeFocused()
})
