/**
 * Close up, the bundled map is no blank canvas: rivers, Lake Titicaca and towns, with nothing
 * from outside the site (the fixtures refuse every other request), names that never overlap on
 * screen, and water that never takes a click meant for a place beneath it.
 */
import type { Page } from '@playwright/test'
import { expect, mapSettled, openMap, selectionCard, test } from './fixtures.ts'

const LABELS = '.town-label span, .lake-label span, .region-label span, .country-label span'

/** Every name on screen as its box, with what it is; regions' and neighbours' names are "fixed". */
async function namesOnScreen(page: Page) {
  return page.evaluate((selector) => {
    const map = document.querySelector('.leaflet-container')?.getBoundingClientRect()
    if (!map) return []
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .map((el) => ({
        text: el.textContent ?? '',
        fixed: !el.closest('.town-label, .lake-label'),
        r: el.getBoundingClientRect(),
      }))
      .filter(
        ({ r }) =>
          r.right > map.left && r.left < map.right && r.bottom > map.top && r.top < map.bottom,
      )
      .map(({ text, fixed, r }) => ({ text, fixed, box: [r.left, r.top, r.right, r.bottom] }))
  }, LABELS)
}

/** Pairs of on-screen names whose boxes overlap, leaving out two regions' own names. */
function overlaps(names: Awaited<ReturnType<typeof namesOnScreen>>): string[] {
  const found: string[] = []
  for (const [i, a] of names.entries()) {
    for (const b of names.slice(i + 1)) {
      if (a.fixed && b.fixed) continue
      const [a0 = 0, a1 = 0, a2 = 0, a3 = 0] = a.box
      const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = b.box
      if (a0 < b2 && b0 < a2 && a1 < b3 && b1 < a3) found.push(`${a.text} × ${b.text}`)
    }
  }
  return found
}

test('Puno shows its rivers, Lake Titicaca by name, and towns whose names never overlap', async ({
  page,
  problems,
}) => {
  await openMap(page, '/region/puno/?lang=en')
  await mapSettled(page)
  await expect(page.locator('path.water-lake')).toHaveCount(1)
  await expect.poll(() => page.locator('path.water-river').count()).toBeGreaterThan(3)
  await expect(page.locator('path.water-lake')).toBeVisible()
  await expect(page.locator('.lake-label')).toHaveText('Lake Titicaca')
  await expect(page.locator('.lake-label')).toBeVisible()
  expect((await namesOnScreen(page)).filter((n) => !n.fixed).length).toBeGreaterThan(5)
  expect(overlaps(await namesOnScreen(page))).toEqual([])

  // One zoom closer (8): Juliaca is named, inside Puno, and still nothing overlaps.
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await mapSettled(page)
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#map=8\//)
  const juliaca = page.locator('.town-label', { hasText: /^Juliaca$/ })
  await expect(juliaca).toBeVisible()
  const at = await juliaca.locator('span').boundingBox()
  const puno = await page.locator('path.region-PE-PUN').boundingBox()
  if (!at || !puno) throw new Error('no Juliaca or no Puno on screen')
  expect(at.x).toBeGreaterThan(puno.x)
  expect(at.x).toBeLessThan(puno.x + puno.width)
  expect(at.y).toBeGreaterThan(puno.y)
  expect(at.y).toBeLessThan(puno.y + puno.height)
  expect(overlaps(await namesOnScreen(page))).toEqual([])
  expect(problems.blocked).toEqual([]) // nothing was even asked of another host
})

test('the lake is named in the reader’s language', async ({ page }) => {
  await openMap(page, '/region/puno/?lang=es')
  await expect(page.locator('.lake-label')).toHaveText('Lago Titicaca')
})

test('a river over a place lets the click through: the place opens', async ({ page }) => {
  // Espinar's curfew is drawn as its province; the Apurímac (Natural Earth 1:50m) crosses it.
  await openMap(page, '/?lang=en&layers=curfew#map=8/-14.85/-71.4')
  await mapSettled(page)
  await expect(page.locator('path.place-curfew-espinar')).toHaveCount(1)
  await expect.poll(() => page.locator('path.water-river').count()).toBeGreaterThan(0)
  // A point of a river's line, on screen, where the topmost thing that takes a click is Espinar.
  const spot = await page.evaluate(() => {
    for (const river of document.querySelectorAll<SVGPathElement>('path.water-river')) {
      const matrix = river.getScreenCTM()
      const length = river.getTotalLength()
      if (!matrix) continue
      for (let s = 0; s < length; s += 2) {
        const p = river.getPointAtLength(s).matrixTransform(matrix)
        const under = document.elementFromPoint(p.x, p.y)
        if (under?.classList.contains('place-curfew-espinar')) return { x: p.x, y: p.y }
      }
    }
    return null
  })
  expect(spot, 'no river crosses Espinar on screen').not.toBeNull()
  if (!spot) return
  // The river is drawn over the place there (its pane is above the overlays), yet Espinar opens.
  const riverOnTop = await page.evaluate(({ x, y }) => {
    const river = document.querySelector('.leaflet-detail-water-pane')
    const overlays = document.querySelector('.leaflet-overlay-pane')
    if (!river || !overlays) return false
    const z = (el: Element) => Number(getComputedStyle(el).zIndex)
    return (
      z(river) > z(overlays) &&
      !document.elementsFromPoint(x, y).some((el) => el.closest('.leaflet-detail-water-pane'))
    )
  }, spot)
  expect(riverOnTop).toBe(true)
  await page.mouse.click(spot.x, spot.y)
  await expect(selectionCard(page).locator('.card-title')).toContainText('Espinar')
})
