/**
 * The article beside the map, linked both ways: a mention in the text opens its place on the map
 * with its popup; selecting a place on the map scrolls the article to the sentences about it and
 * highlights them; mentions that are not on the map say why.
 */
import { expect, openMap, selectionCard, test } from './fixtures.ts'

test('clicking a mention in the text shows the place and its popup', async ({ page }) => {
  await openMap(page, '/?lang=en')
  const panel = page.locator('.article-panel')
  await panel
    .getByRole('link', { name: /Show Ayacucho/ })
    .first()
    .click()
  await expect(selectionCard(page).locator('.card-title')).toContainText('Ayacucho')
  await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/(place|region)\//)
})

test('a mention is a real share link: its address opens the same place', async ({ page }) => {
  await openMap(page, '/?lang=en')
  const link = page.locator('.article-panel a.mention').first()
  const href = await link.getAttribute('href')
  expect(href).toMatch(/\/(place|region)\/[a-z0-9-]+\//)
  await openMap(page, new URL(href ?? '').pathname)
  await expect(selectionCard(page).locator('.card-title')).toBeVisible()
})

test('selecting a place on the map scrolls the article to its mention', async ({ page }) => {
  await openMap(page, '/?lang=en&layers=context')
  const paragraph = page.locator('.article-panel p', { hasText: 'In Bolivia, the demand for new' })
  await expect(paragraph).not.toBeInViewport()
  await page.locator('path.place-point.place-senkata').click()
  await expect(selectionCard(page).locator('.card-title')).toBeVisible()
  await expect(paragraph).toHaveClass(/active/)
  await expect(paragraph).toBeInViewport()
})

test('a mention that is not on the map says why', async ({ page }) => {
  await openMap(page, '/?lang=es')
  const washington = page.getByRole('button', { name: /Washington/ })
  await washington.click()
  await expect(washington).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('note').first()).toContainText('No está en el mapa')
})

test('the article panel closes and reopens, and keeps the map usable', async ({ page }) => {
  await openMap(page, '/?lang=en')
  await expect(page.locator('.article-panel h2')).toContainText('Protests mount in Peru')
  await page.getByRole('button', { name: 'Hide panel' }).click()
  await expect(page.locator('.article-panel')).toHaveCount(0)
  await page.getByRole('button', { name: 'Show panel' }).click()
  await expect(page.locator('.article-panel')).toBeVisible()
})
