/**
 * For every reader (issue 13): the map's own name and description, the map in words (in the page
 * without JavaScript and following the app), the skip link, the Table tab, the arrow keys between
 * neighbouring regions, the keys' help and the polite live region.
 */
import { expect, mapSettled, openMap, selectionCard, test } from './fixtures.ts'

const announcer = (page: import('@playwright/test').Page) => page.locator('[data-announcer]')

test('the map has its own accessible name and a description of what it shows', async ({ page }) => {
  await openMap(page, '/?lang=en&layers=deaths&date=2022-12-16')
  const map = page.locator('.leaflet-container')
  await expect(map).toHaveAttribute('aria-label', 'Map of Peru and its 26 regions')
  await expect(map).toHaveAttribute('role', 'application')
  await expect(map).toHaveAccessibleDescription(
    /showing: Deaths\. It shows what had happened by the end of 16 December 2022\./,
  )
  await page.getByRole('button', { name: 'Español' }).click()
  await expect(map).toHaveAttribute('aria-label', 'Mapa del Perú y sus 26 regiones')
  await expect(map).toHaveAccessibleDescription(/hasta el cierre del 16 de diciembre de 2022/)
})

test('the skip link opens the map in words, which follows the layers and the date', async ({
  page,
}) => {
  await openMap(page, '/?lang=en&layers=deaths&date=2022-12-16')
  const description = page.locator('#map-description')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to the map’s description' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(description).toBeFocused()
  await expect(description).toBeVisible()
  await expect(description).toContainText('21 people killed by the end of 16 December 2022')
  await expect(description.getByRole('heading', { name: 'Airports' })).toHaveCount(0)
  await page.goto('/?lang=en&layers=deaths,airports&date=2022-12-12')
  await expect(description).toContainText('by the end of 12 December 2022')
  await expect(description.getByRole('heading', { name: 'Airports' })).toHaveCount(1)
  expect(new URL(page.url()).hash).not.toContain('map-description')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('a region page shows the map in words and the region’s summary', async ({ page }) => {
    await page.goto('/region/ayacucho/')
    const description = page.locator('#map-description')
    await expect(description).toBeVisible()
    await expect(description.getByRole('heading', { name: 'El mapa en palabras' })).toBeVisible()
    await expect(description.getByRole('heading', { name: 'Ayacucho', exact: true })).toBeVisible()
    await expect(description).toContainText('Voto por Castillo en la segunda vuelta de 2021: 82.6')
    await expect(description).toContainText('10 personas muertas en esta región')
    await expect(description).toContainText('Provincias con toque de queda')
    await expect(description).toContainText('Aeropuerto Alfredo Mendívil Duarte (Ayacucho)')
    await expect(description.getByRole('heading', { name: 'Fuentes' })).toBeVisible()
    await page.getByRole('link', { name: 'Saltar a la descripción del mapa' }).focus()
    await page.keyboard.press('Enter')
    await expect(description).toBeFocused()
  })
})

test('the Table tab lists the 26 regions, sorts by any column and follows the date', async ({
  page,
}) => {
  await openMap(page, '/?lang=en&date=2022-12-16')
  await page.getByRole('tab', { name: 'Table' }).click()
  const table = page.getByRole('table')
  await expect(table.locator('tbody tr')).toHaveCount(26)
  const deathsHeader = table.locator('th[data-column="deaths"]')
  await deathsHeader.getByRole('button').click()
  await expect(deathsHeader).toHaveAttribute('aria-sort', 'descending')
  await expect(table.locator('th[data-column="region"]')).not.toHaveAttribute('aria-sort', /./)
  await expect(table.locator('tbody tr').first()).toHaveAttribute('data-iso', 'PE-AYA')
  await expect(table.locator('tbody tr').first().locator('td[data-column="deaths"]')).toHaveText(
    '8',
  )
  await deathsHeader.getByRole('button').click()
  await expect(deathsHeader).toHaveAttribute('aria-sort', 'ascending')
  // The date moves: Ayacucho's deaths of 17 and 21 December join by the 21st.
  await page.getByRole('button', { name: '21 Dec 2022', exact: true }).click()
  await expect(table.locator('tr[data-iso="PE-AYA"] td[data-column="deaths"]')).toHaveText('10')
  await table.locator('tr[data-iso="PE-PUN"] th').getByRole('button').click()
  await expect(selectionCard(page)).toContainText('Puno')
  await expect.poll(() => new URL(page.url()).pathname).toBe('/region/puno/')
})

test('arrow keys move between neighbouring regions; ? opens the keys’ help', async ({ page }) => {
  await openMap(page, '/region/ayacucho/?lang=en&layers=')
  await expect(selectionCard(page)).toContainText('Ayacucho')
  await mapSettled(page)
  await page.locator('.leaflet-container').focus()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/region\/(apurimac|cusco)\/$/)
  await expect(announcer(page)).toContainText(/Open: (Apurímac|Cusco)\./)
  await page.keyboard.press('ArrowLeft')
  await expect.poll(() => new URL(page.url()).pathname).toBe('/region/ayacucho/')
  await mapSettled(page)
  // Tumbes has no neighbour to the north: the live region says so and the map stays.
  await page.goto('/region/tumbes/?lang=en&layers=')
  await expect(selectionCard(page)).toContainText('Tumbes')
  await mapSettled(page)
  await page.locator('.leaflet-container').focus()
  await page.keyboard.press('ArrowUp')
  await expect(announcer(page)).toHaveText('No neighbouring region that way.')
  expect(new URL(page.url()).pathname).toBe('/region/tumbes/')
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard keys' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Arrow keys')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('the keys’ help opens from its button, in Spanish', async ({ page }) => {
  await openMap(page, '/?lang=es')
  await page.getByRole('button', { name: 'Teclas' }).click()
  const dialog = page.getByRole('dialog', { name: 'Teclas' })
  await expect(dialog).toContainText('Flechas')
  await dialog.getByRole('button', { name: 'Cerrar' }).click()
  await expect(dialog).toBeHidden()
})

test('a question mark typed outside the map opens nothing', async ({ page }) => {
  await openMap(page, '/?lang=en')
  await page.getByRole('tab', { name: 'Places' }).click()
  const search = page.getByRole('searchbox', { name: 'Find a place or region' })
  await search.pressSequentially('?')
  await expect(search).toHaveValue('?')
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('the live region says what changed: a layer, the date, the selection', async ({ page }) => {
  await openMap(page, '/?lang=en&layers=deaths')
  await expect(announcer(page)).toHaveAttribute('aria-live', 'polite')
  await expect(page.locator('[aria-live="polite"]')).toHaveCount(1)
  await page.getByRole('tab', { name: 'Layers' }).click()
  await page.locator('input[data-layer="airports"]').check()
  await expect(announcer(page)).toHaveText('Airports shown: 5 on the map.')
  await page.locator('input[data-layer="airports"]').uncheck()
  await expect(announcer(page)).toHaveText('Airports hidden.')
  await page.getByRole('button', { name: '12 Dec 2022', exact: true }).click()
  await expect(announcer(page)).toHaveText('Showing what had happened by 12 December 2022')
  await page.locator('path.region-PE-PUN').click()
  await expect(announcer(page)).toHaveText('Open: Puno.')
})
