/**
 * Phones (390×844, touch): the map fills the screen, the panel is a bottom sheet that opens and
 * closes, popups fit the screen, nothing overflows it. Screenshots go to the output folder
 * (tests/e2e/results/, unless `--output` says otherwise).
 */
import { expect, mapSettled, openMap, selectionCard, test } from './fixtures.ts'

async function noHorizontalOverflow(page: import('@playwright/test').Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }))
  expect(scroll).toBeLessThanOrEqual(width)
}

test('the map fills the screen and the bottom sheet opens and closes', async ({ page }, info) => {
  await openMap(page, '/?lang=es')
  const map = await page.locator('.leaflet-container').boundingBox()
  expect(map?.width).toBe(390)
  expect(map?.height).toBeGreaterThan(600)
  const sheet = page.locator('.side-panel')
  const peek = (await sheet.boundingBox())?.height ?? 0
  expect(peek).toBeLessThan(140)
  await page.getByRole('button', { name: 'Arrastre para cambiar el tamaño del panel' }).tap()
  await expect.poll(async () => (await sheet.boundingBox())?.height).toBeGreaterThan(350)
  await page.screenshot({ path: info.outputPath('sheet-half.png') })
  await page.getByRole('tab', { name: 'Lugares' }).tap()
  await expect(page.locator('button[data-iso="PE-AYA"]')).toBeVisible()
  await noHorizontalOverflow(page)
  await page.getByRole('button', { name: 'Arrastre para cambiar el tamaño del panel' }).tap()
  await expect.poll(async () => (await sheet.boundingBox())?.height).toBeLessThan(140)
})

test('a popup fits the screen on a phone', async ({ page }, info) => {
  await openMap(page, '/place/antamina/?lang=es')
  const popup = selectionCard(page)
  await expect(popup.locator('.card-title')).toHaveText('Antamina')
  await mapSettled(page)
  const box = await popup.boundingBox()
  expect(box).not.toBeNull()
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0)
  expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(390)
  await noHorizontalOverflow(page)
  await page.screenshot({ path: info.outputPath('popup.png') })
})

test('touch targets are large enough', async ({ page }) => {
  await openMap(page, '/?lang=en')
  for (const name of ['Zoom in', 'Zoom out', 'Español']) {
    const box = await page.getByRole('button', { name }).first().boundingBox()
    expect(box?.height, name).toBeGreaterThanOrEqual(40)
    expect(box?.width, name).toBeGreaterThanOrEqual(40)
  }
  for (const tab of await page.getByRole('tab').all()) {
    expect((await tab.boundingBox())?.height).toBeGreaterThanOrEqual(40)
  }
})

test('the bottom sheet follows a drag of its handle', async ({ page }) => {
  await openMap(page, '/?lang=en')
  const sheet = page.locator('.side-panel')
  const handle = await page.getByRole('button', { name: 'Drag to resize the panel' }).boundingBox()
  if (!handle) throw new Error('no sheet handle')
  const x = handle.x + handle.width / 2
  const y = handle.y + handle.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x, y - 300, { steps: 6 })
  await page.mouse.up()
  await expect.poll(async () => (await sheet.boundingBox())?.height).toBeGreaterThan(350)
  const half = (await sheet.boundingBox())?.height ?? 0
  const top =
    (await page.getByRole('button', { name: 'Drag to resize the panel' }).boundingBox())?.y ?? 0
  await page.mouse.move(x, top + 10)
  await page.mouse.down()
  await page.mouse.move(x, top - 200, { steps: 6 })
  await page.mouse.up()
  await expect.poll(async () => (await sheet.boundingBox())?.height).toBeGreaterThan(half + 50)
})
