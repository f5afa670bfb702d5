/**
 * The article's layers: toggling each one changes what is drawn and the address; links with
 * `?layers=` show what the sharer saw; popups quote the article and cite their sources; the data
 * download is valid GeoJSON.
 */
import { LAYER_IDS } from '../../data/types.ts'
import { expect, openMap, selectionCard, test } from './fixtures.ts'

const layersInUrl = (url: string) => new URL(url).searchParams.get('layers')

test('each layer toggled on and off changes what is drawn and the address', async ({ page }) => {
  await openMap(page, '/?layers=')
  await page.getByRole('tab', { name: 'Layers' }).click()
  for (const layer of LAYER_IDS) {
    const drawn = page.locator(`path.layer-${layer}, path.choropleth`)
    const box = page.locator(`input[data-layer="${layer}"]`)
    await expect(drawn, `${layer} before`).toHaveCount(0)
    await box.check()
    await expect.poll(() => layersInUrl(page.url()), layer).toBe(layer)
    if (layer === 'south') {
      // The south paints the regions themselves (the choropleth) and outlines the macro-region.
      await expect(page.locator('path.layer-south')).toHaveCount(1)
      await expect(page.locator('path.region-PE-PUN')).toHaveAttribute('fill', '#a63603')
    } else {
      expect(await page.locator(`path.layer-${layer}`).count(), layer).toBeGreaterThan(0)
    }
    await box.uncheck()
    await expect.poll(() => layersInUrl(page.url()), layer).toBe('')
    await expect(page.locator(`path.layer-${layer}`)).toHaveCount(0)
  }
})

test('a link with ?layers=mines shows the mines and only them', async ({ page }) => {
  await openMap(page, '/?layers=mines')
  await page.getByRole('tab', { name: 'Layers' }).click()
  await expect(page.locator('path.place-point.place-antamina')).toHaveCount(1)
  await expect(page.locator('path.layer-deaths')).toHaveCount(0)
  await expect(page.locator('input[data-layer="mines"]')).toBeChecked()
  await expect(page.locator('input[data-layer="deaths"]')).not.toBeChecked()
})

test('the default view shows the article, the deaths and the airports', async ({ page }) => {
  await openMap(page, '/')
  for (const layer of ['article', 'deaths', 'airports']) {
    expect(await page.locator(`path.layer-${layer}`).count(), layer).toBeGreaterThan(0)
  }
  await expect(page.locator('path.layer-mines')).toHaveCount(0)
})

test('a mine popup lists its owners with a source, and its link is /place/<id>/', async ({
  page,
}) => {
  await openMap(page, '/?layers=mines&lang=en')
  await page.locator('path.place-point.place-antamina').click()
  const popup = selectionCard(page)
  await expect(popup.locator('.card-title')).toHaveText('Antamina')
  for (const owner of ['BHP', 'Glencore', 'Teck', 'Mitsubishi']) {
    await expect(popup).toContainText(owner)
  }
  await expect(popup.locator('.fact-sources').first()).toBeVisible()
  await expect.poll(() => new URL(page.url()).pathname).toBe('/place/antamina/')
})

test('the Ayacucho region link shows the article quote about Ayacucho without a click', async ({
  page,
}) => {
  await openMap(page, '/region/ayacucho/?lang=en')
  const popup = selectionCard(page)
  await expect(popup.locator('blockquote').first()).toContainText('mothers in Ayacucho')
  await expect(popup.locator('figcaption').first()).toContainText('WSWS, 16 December 2022')
})

test('in Spanish a quote stays in English with a translation labelled as one', async ({ page }) => {
  await openMap(page, '/region/ayacucho/?lang=es')
  const quote = selectionCard(page).locator('.quote').first()
  await expect(quote.locator('blockquote')).toHaveAttribute('lang', 'en')
  await expect(quote.locator('.quote-translation')).toContainText('Traducción:')
})

test('approximate places look approximate and say so', async ({ page }) => {
  await openMap(page, '/?layers=curfew&lang=en')
  const approx = page.locator('path.layer-curfew.place-approximate.leaflet-interactive').first()
  await expect(approx).toHaveAttribute('stroke-dasharray', /\d/)
  await approx.click()
  await expect(selectionCard(page).locator('.card-approximate')).toContainText(
    'Approximate location',
  )
})

test('the download link serves valid GeoJSON of every mapped place', async ({ page, request }) => {
  await openMap(page, '/')
  await page.getByRole('tab', { name: 'Layers' }).click()
  const href = await page.getByRole('link', { name: /GeoJSON/ }).getAttribute('href')
  expect(href).toBeTruthy()
  const response = await request.get(href ?? '')
  expect(response.ok()).toBe(true)
  const geojson = await response.json()
  expect(geojson.type).toBe('FeatureCollection')
  expect(geojson.features.length).toBeGreaterThan(40)
  for (const f of geojson.features) {
    expect(f.type).toBe('Feature')
    expect(['Point', 'Polygon', 'MultiPolygon']).toContain(f.geometry.type)
    for (const key of ['id', 'layer', 'name', 'region', 'approximate', 'quotes', 'sources']) {
      expect(f.properties, `${f.properties.id} ${key}`).toHaveProperty(key)
    }
  }
  const antamina = geojson.features.find((f: { id: string }) => f.id === 'antamina')
  expect(antamina.geometry.coordinates[0]).toBeLessThan(-76)
})

test('mines the article does not name are set apart and labelled so', async ({ page }) => {
  await openMap(page, '/?layers=mines&lang=en')
  await expect(page.locator('path.place-point.place-unnamed')).toHaveCount(2)
  await expect(page.locator('path.place-point.place-las-bambas')).toHaveClass(/place-unnamed/)
  await expect(page.locator('path.place-point.place-antamina')).not.toHaveClass(/place-unnamed/)
  await page.locator('path.place-point.place-las-bambas').click()
  await expect(selectionCard(page).locator('.badge')).toHaveText('Not named in the article')
})
