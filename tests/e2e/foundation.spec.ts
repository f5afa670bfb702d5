/**
 * The foundation's user journeys: the map with its 26 regions and no network, share links to a
 * region (by slug, alias and ISO code), the view in the hash, bad links, Back and Forward.
 */
import {
  closeCardButton,
  dragMap,
  expect,
  expectWholePeruInView,
  mapSettled,
  openMap,
  selectionCard,
  test,
  viewInUrl,
} from './fixtures.ts'

test('the home page draws the 26 regions and the neighbours with no network', async ({
  page,
  problems,
}) => {
  await openMap(page, '/')
  for (const iso of ['EC', 'CO', 'BR', 'BO', 'CL']) {
    await expect(page.locator(`path.basemap-${iso}`), iso).toHaveCount(1)
  }
  await expect(page.locator('.country-label')).toHaveCount(5)
  await expect(page.locator('.region-label-PE-AYA')).toBeVisible()
  expect(problems.blocked).toEqual([])
})

test('a region link fits the region, highlights it and opens its popup', async ({ page }) => {
  await openMap(page, '/region/ayacucho/')
  await expect(selectionCard(page).locator('.card-title')).toHaveText('Ayacucho')
  await expect(page.locator('path.region-PE-AYA')).toHaveAttribute('stroke', '#9d1c1c')
  await expect.poll(() => viewInUrl(page)?.zoom).toBeGreaterThanOrEqual(7)
  const view = viewInUrl(page)
  expect(view?.lat).toBeGreaterThan(-15.7)
  expect(view?.lat).toBeLessThan(-12.2)
  expect(view?.lng).toBeGreaterThan(-75.4)
  expect(view?.lng).toBeLessThan(-73.4)
})

test('an ISO code link opens the region and rewrites the address to the slug', async ({ page }) => {
  await openMap(page, '/region/PE-AYA/')
  await expect(selectionCard(page).locator('.card-title')).toHaveText('Ayacucho')
  await expect.poll(() => new URL(page.url()).pathname).toBe('/region/ayacucho/')
  await openMap(page, '/region/pe-aya/')
  await expect.poll(() => new URL(page.url()).pathname).toBe('/region/ayacucho/')
})

test('the alias lima opens Lima Metropolitana', async ({ page }) => {
  await openMap(page, '/region/lima/')
  await expect(selectionCard(page).locator('.card-title')).toHaveText('Metropolitan Lima')
  await expect.poll(() => new URL(page.url()).pathname).toBe('/region/lima-metropolitana/')
})

test('a view in the link is restored and wins over the region fit', async ({ page }) => {
  await openMap(page, '/region/ayacucho/#map=6/-10.000/-76.000')
  await expect(selectionCard(page).locator('.card-title')).toHaveText('Ayacucho')
  await mapSettled(page)
  expect(viewInUrl(page)).toEqual({ zoom: 6, lat: -10, lng: -76 })
})

test('panning writes the view to the hash without adding history entries', async ({ page }) => {
  await openMap(page, '/')
  const before = await page.evaluate(() => history.length)
  await dragMap(page, -200)
  const first = viewInUrl(page)
  await expect.poll(() => viewInUrl(page)?.lng).not.toBe(first?.lng)
  expect(await page.evaluate(() => history.length)).toBe(before)
})

test('an unknown slug shows a notice over the whole of Peru', async ({ page }) => {
  await openMap(page, '/region/atlantis/')
  await expect(page.getByRole('alert')).toContainText('atlantis')
  await expect(selectionCard(page)).toHaveCount(0)
  await expectWholePeruInView(page)
})

test('a hostile path and hash open no dialog and add no element', async ({ page }) => {
  await openMap(page, '/region/<script>alert(1)</script>/#map=<img src=x onerror=alert(2)>')
  await expect(page.getByRole('alert')).toContainText('<script>alert(1)</script>')
  expect(await page.locator('script:not([src]), img[src="x"]').count()).toBe(0)
  await openMap(page, '/region/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/')
  expect(await page.locator('img[src="x"]').count()).toBe(0)
})

test('selecting a region pushes history: Back closes it and Forward reopens it', async ({
  page,
}) => {
  await openMap(page, '/')
  await page.getByRole('tab', { name: 'Places' }).click()
  await page.locator('button[data-iso="PE-CUS"]').click()
  await expect(selectionCard(page).locator('.card-title')).toHaveText('Cusco')
  await expect.poll(() => new URL(page.url()).pathname).toBe('/region/cusco/')
  await page.goBack()
  await expect(selectionCard(page)).toHaveCount(0)
  expect(new URL(page.url()).pathname).toBe('/')
  await page.goForward()
  await expect(selectionCard(page).locator('.card-title')).toHaveText('Cusco')
})

test('clicking a region on the map opens it; closing the popup removes it from the address', async ({
  page,
}) => {
  await openMap(page, '/?layers=')
  await page.locator('path.region-PE-PUN').click()
  await expect(selectionCard(page).locator('.card-title')).toHaveText('Puno')
  await expect.poll(() => new URL(page.url()).pathname).toBe('/region/puno/')
  await closeCardButton(page).click()
  await expect(selectionCard(page)).toHaveCount(0)
  await expect.poll(() => new URL(page.url()).pathname).toBe('/')
})

test('the language follows ?lang= and the switch keeps it in the link', async ({ page }) => {
  await openMap(page, '/region/junin/?lang=es')
  await expect(selectionCard(page).locator('.card-title')).toHaveText('Junín')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  // The switch is named by its visible text, in the language it switches to (WCAG 2.5.3).
  await page.getByRole('button', { name: 'English', exact: true }).click()
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en')
})

test('the copy link button copies the canonical region link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openMap(page, '/region/PE-CUS/')
  await expect.poll(() => new URL(page.url()).pathname).toBe('/region/cusco/')
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByText('Link copied')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(new URL(copied).pathname).toBe('/region/cusco/')
})

test('the 404 page starts the map with a notice for a mistyped link', async ({ page }) => {
  const response = await page.goto('/regoin/cusco/')
  expect(response?.status()).toBe(404)
  await expect(page.locator('path.region')).toHaveCount(26)
  await expect(page.getByRole('alert')).toBeVisible()
})

test('the notice for a wrong link stays after the map writes its view, until dismissed', async ({
  page,
}) => {
  // Found by the link fuzzer (seed 1530613060): a wrong link with a hash lost its notice as soon
  // as the map wrote its view, because the address it writes is the clean `/#map=…`.
  await openMap(page, '/region/PE-HUC/namecon/#%3Cimg%20src%3Dx%3E')
  await dragMap(page, -150)
  await expect.poll(() => new URL(page.url()).pathname).toBe('/')
  expect(viewInUrl(page)).not.toBeNull()
  const notice = page.getByRole('alert')
  await expect(notice).toContainText('region/PE-HUC/namecon/')
  await notice.getByRole('button').click()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('hovering a region highlights it, and leaving restores it', async ({ page }) => {
  await openMap(page, '/?layers=')
  const puno = page.locator('path.region-PE-PUN')
  const before = await puno.getAttribute('stroke-width')
  await puno.hover()
  await expect(puno).toHaveAttribute('stroke', '#222')
  await page.mouse.move(5, 400)
  await expect(puno).toHaveAttribute('stroke-width', before ?? '')
})
