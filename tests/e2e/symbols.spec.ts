/**
 * Symbols that explain themselves and never hide one another: names on hover and keyboard focus,
 * and every place of every layer opens by a click on its symbol at its own view, with no other
 * symbol catching the click.
 */
import { expect, mapSettled, openMap, selectionCard, test } from './fixtures.ts'

const ALL_LAYERS = 'article,south,mines,deaths,airports,curfew,context'

test('a symbol and a region name themselves on hover, in the reader’s language', async ({
  page,
}) => {
  await openMap(page, '/?lang=es')
  await mapSettled(page)
  await page.locator('path.place-airport-juliaca').hover()
  await expect(page.locator('.leaflet-tooltip.hover-name')).toHaveText(/Juliaca/)
  await page.locator('path.region-PE-LOR').hover() // the middle of its box: inside Loreto
  await expect(page.locator('.leaflet-tooltip.hover-name')).toHaveText('Loreto')
})

test('a symbol names itself on keyboard focus and opens with Enter', async ({ page }) => {
  await openMap(page, '/?lang=en')
  await mapSettled(page)
  const symbol = page.locator('path.place-airport-cusco')
  await expect(symbol).toHaveAttribute('role', 'button')
  await expect(symbol).toHaveAttribute('tabindex', '0')
  await symbol.focus()
  await expect(page.locator('.leaflet-tooltip.hover-name')).toHaveText(/Cusco/)
  await page.keyboard.press('Enter')
  await expect(selectionCard(page).locator('.card-title')).toContainText('Cusco')
})

/** The ids of the layer's places drawn as a clickable symbol or area, with all layers on. */
async function clickableIds(page: import('@playwright/test').Page, layer: string) {
  return page.evaluate((layerId) => {
    const ids = new Set<string>()
    for (const el of document.querySelectorAll(`path.place.layer-${layerId}.leaflet-interactive`)) {
      const id = [...el.classList]
        .find((c) => c.startsWith('place-') && !['place-point', 'place-area'].includes(c))
        ?.slice('place-'.length)
      if (id && !['approximate', 'unnamed'].includes(id)) ids.add(id)
    }
    return [...ids].sort()
  }, layer)
}

/** A point inside the element where the element itself is the topmost thing, or null. */
async function ownPoint(page: import('@playwright/test').Page, id: string) {
  return page.evaluate((placeId) => {
    const els = [...document.querySelectorAll(`path.place-${placeId}.leaflet-interactive`)]
    for (const el of els) {
      const box = el.getBoundingClientRect()
      const cx = box.left + box.width / 2
      const cy = box.top + box.height / 2
      // The centre first, then a grid over the box (an area may be covered in its middle).
      const tries: [number, number][] = [[cx, cy]]
      for (let i = 1; i < 8; i++)
        for (let j = 1; j < 8; j++)
          tries.push([box.left + (box.width * i) / 8, box.top + (box.height * j) / 8])
      for (const [x, y] of tries) {
        if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue
        if (document.elementFromPoint(x, y) === el) return { x, y }
      }
    }
    return null
  }, id)
}

// One test per layer, so that each stays well within its time on a busy machine. The south's
// macro-region and the state of emergency are areas made of whole regions: not clickable by
// design (a click there selects the region beneath); they open from the list and the article.
for (const layer of ['article', 'mines', 'deaths', 'airports', 'curfew', 'context']) {
  test(`every place of the ${layer} layer opens by a click on its symbol at its own view`, async ({
    page,
  }) => {
    test.slow() // opens each of the layer's places, one after another
    await openMap(page, `/?lang=en&layers=${ALL_LAYERS}`)
    await mapSettled(page)
    const ids = await clickableIds(page, layer)
    expect(ids.length).toBeGreaterThan(1)
    for (const id of ids) {
      await openMap(page, `/place/${id}/?lang=en&layers=${ALL_LAYERS}`)
      await expect(selectionCard(page)).toHaveCount(1)
      await mapSettled(page)
      await page.keyboard.press('Escape') // close the card: the view stays
      await expect(selectionCard(page)).toHaveCount(0)
      await mapSettled(page)
      const at = await ownPoint(page, id)
      expect(at, `${id}: its symbol is on top somewhere at its own view`).not.toBeNull()
      if (!at) continue
      await page.mouse.click(at.x, at.y)
      await expect.poll(() => new URL(page.url()).pathname, id).toBe(`/place/${id}/`)
      await expect(selectionCard(page), id).toHaveCount(1)
    }
  })
}
