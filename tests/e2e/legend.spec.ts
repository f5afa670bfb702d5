/**
 * The map explains itself: an on-map legend for exactly the visible layers, with the article's
 * headline figure beside the count the map draws; a scale bar; a way back to the whole of Peru;
 * the tab's title naming the selection in the reader's language.
 */
import {
  expect,
  expectWholePeruInView,
  mapSettled,
  openMap,
  selectionCard,
  test,
  viewInUrl,
} from './fixtures.ts'

/** True when the region's outline is drawn inside the map. Leaflet empties the path ("M0 0") of
 * a region wholly out of view; its box is then the stroke's 1 px square at the SVG's origin,
 * which may sit at the map's corner, so the path's data is read, not only its box. */
async function drawnOnMap(page: import('@playwright/test').Page, iso: string): Promise<boolean> {
  const path = page.locator(`path.region-${iso}`)
  if (/^M0 0$/.test((await path.getAttribute('d')) ?? '')) return false
  const map = await page.locator('.leaflet-container').boundingBox()
  const box = await path.boundingBox()
  if (!map || !box || box.width === 0 || box.height === 0) return false
  return (
    box.x < map.x + map.width &&
    box.x + box.width > map.x &&
    box.y < map.y + map.height &&
    box.y + box.height > map.y
  )
}

test('the legend is on the map at first load and lists exactly the visible layers', async ({
  page,
}) => {
  await openMap(page, '/?lang=en')
  const legend = page.getByRole('region', { name: 'Legend' })
  await expect(legend).toBeVisible()
  // The default layers: article, deaths, airports; not the mines, the curfew or the south.
  await expect(legend.locator('.legend-row')).toHaveCount(3)
  await expect(legend.locator('.legend-layer-article')).toContainText('The article')
  await expect(legend.locator('.legend-layer-deaths')).toContainText('Deaths')
  await expect(legend.locator('.legend-layer-airports')).toContainText('Airports')
  await expect(legend.locator('.legend-sizes li')).toHaveCount(3) // 1, 3 and 8 people
  await expect(legend).toContainText('Dashed: approximate location')
  await expect(legend).toContainText('Regions the article names')
  await expect(legend).not.toContainText('Hollow')
  await expect(legend).not.toContainText('Hatched')
  // The headline: the article's figure and the map's own count with its date.
  await expect(legend).toContainText('The article: “at least 21 killed”')
  await expect(legend.locator('.legend-count')).toContainText(/On this map: \d+ people killed/)
  await expect(legend.locator('.legend-count')).toHaveAttribute('data-as-of', /^2022-12-\d\d$/)
})

test('the legend follows the layers, and speaks Spanish', async ({ page }) => {
  await openMap(page, '/?lang=es&layers=mines,curfew,south')
  const legend = page.getByRole('region', { name: 'Leyenda' })
  await expect(legend.locator('.legend-row')).toHaveCount(3)
  await expect(legend.locator('.legend-layer-mines')).toContainText('Minas')
  await expect(legend.locator('.legend-sizes')).toHaveCount(0)
  await expect(legend.locator('.runoff-legend li')).toHaveCount(5)
  await expect(legend).toContainText('Hueco: el artículo no lo nombra')
  await expect(legend).toContainText('Rayado: provincia con toque de queda')
  // With the run-off classes on, the fill of the named regions is not drawn, so not explained.
  await expect(legend).not.toContainText('Regiones que nombra el artículo')
  await expect(legend).toContainText('El artículo: «at least 21 killed»')
  await page.getByRole('tab', { name: 'Capas' }).click()
  await page.locator('input[data-layer="deaths"]').check()
  await expect(legend.locator('.legend-layer-deaths')).toBeVisible()
  await expect(legend.locator('.legend-sizes li')).toHaveCount(3)
})

test('the legend folds away and opens again', async ({ page }) => {
  await openMap(page, '/?lang=en')
  const toggle = page.getByRole('button', { name: 'Hide the legend' })
  await toggle.click()
  await expect(page.locator('.map-legend-body')).toBeHidden()
  await page.getByRole('button', { name: 'Legend', exact: true }).click()
  await expect(page.locator('.legend-rows').first()).toBeVisible()
})

test('a metric scale bar is on the map', async ({ page }) => {
  await openMap(page, '/?lang=en')
  const scale = page.locator('.leaflet-control-scale-line')
  await expect(scale).toHaveCount(1)
  await expect(scale).toHaveText(/^\d+ k?m$/)
})

test('"Whole of Peru" and the Home key bring the whole country back', async ({ page }) => {
  await openMap(page, '/region/puno/?lang=en')
  await mapSettled(page)
  await expect.poll(() => drawnOnMap(page, 'PE-TUM')).toBe(false) // Puno fills the map; Tumbes is far north
  await page.getByRole('button', { name: 'Whole of Peru' }).click()
  await mapSettled(page)
  await expectWholePeruInView(page)
  await page.keyboard.press('Escape')
  await mapSettled(page) // closing the card may move the map too
  const whole = viewInUrl(page)?.zoom ?? Number.NaN
  // One step at a time, each seen in the address: a click during the previous zoom's animation
  // asks Leaflet for the level it is already going to, and is lost.
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect.poll(() => viewInUrl(page)?.zoom).toBe(whole + 1)
  await mapSettled(page)
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect.poll(() => viewInUrl(page)?.zoom).toBe(whole + 2)
  await mapSettled(page)
  await expect.poll(() => drawnOnMap(page, 'PE-TUM')).toBe(false)
  await page.locator('.leaflet-container').focus()
  await page.keyboard.press('Home')
  await mapSettled(page)
  await expectWholePeruInView(page)
})

test('the whole of Peru clears the timeline and the legend', async ({ page }) => {
  await openMap(page, '/?lang=en')
  await mapSettled(page)
  const tacna = await page.locator('path.region-PE-TAC').boundingBox()
  const dock = await page.locator('.timeline-dock').boundingBox()
  const legend = await page.locator('.map-legend-box').boundingBox()
  const madre = await page.locator('path.region-PE-MDD').boundingBox()
  if (!tacna || !dock || !legend || !madre) throw new Error('missing box')
  expect(tacna.y + tacna.height).toBeLessThanOrEqual(dock.y + 1)
  expect(madre.x + madre.width).toBeLessThanOrEqual(legend.x + 1)
})

test("selecting a point already in view keeps the reader's zoom", async ({ page }) => {
  await openMap(page, '/?lang=en#map=6/-13.500/-73.500')
  await mapSettled(page)
  const before = viewInUrl(page)
  await page.getByRole('tab', { name: 'Places' }).click()
  await page.locator('button[data-place="airport-cusco"]').click()
  await expect(selectionCard(page).locator('.card-title')).toContainText('Cusco')
  await mapSettled(page)
  expect(viewInUrl(page)?.zoom).toBe(before?.zoom)
})

test('the Santiago link opens on Santiago with its symbol on screen', async ({ page }) => {
  await openMap(page, '/place/plaza-baquedano/?lang=en')
  await mapSettled(page)
  const map = await page.locator('.leaflet-container').boundingBox()
  const symbol = await page.locator('path.place-plaza-baquedano').boundingBox()
  if (!map || !symbol) throw new Error('missing box')
  // On screen, near the middle (the card's pan moves it by up to a third of the map).
  const x = symbol.x + symbol.width / 2 - map.x
  const y = symbol.y + symbol.height / 2 - map.y
  expect(Math.abs(x - map.width / 2)).toBeLessThan(map.width / 3)
  expect(y).toBeGreaterThan(0)
  expect(y).toBeLessThan(map.height)
})

test("the tab title names the selection in the reader's language and follows it", async ({
  page,
}) => {
  await openMap(page, '/region/ayacucho/?lang=en')
  await expect(page).toHaveTitle('Ayacucho — Peru, December 2022: the map of the protests')
  await page.getByRole('tab', { name: 'Places' }).click()
  await page.locator('button[data-place="airport-juliaca"]').click()
  await expect(page).toHaveTitle(
    'Inca Manco Cápac airport (Juliaca) — Peru, December 2022: the map of the protests',
  )
  await page.keyboard.press('Escape')
  await expect(page).toHaveTitle('Peru, December 2022: the map of the protests')
  await openMap(page, '/region/ayacucho/?lang=es')
  await expect(page).toHaveTitle('Ayacucho — Perú, diciembre de 2022: el mapa de las protestas')
})
