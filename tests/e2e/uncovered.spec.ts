/**
 * A shared link shows its selection, not covers it: on a laptop (1280×800, 1366×768) and a phone
 * (390×844), every region page fits its region into the part of the map that nothing covers (the
 * side panel, the card, the timeline, the bottom sheet, the zoom buttons), and every place page
 * puts the place's symbol there. Measured on the page as drawn: the region's path box is sampled
 * on a 4 px grid, and a sample counts as visible when it is inside the map and outside every
 * element drawn over it.
 *
 * A page load per region and screen is ~80 loads (over 10 min on this shared machine): each screen
 * lands on one link, then goes to every other selection the way Back and Forward do (a history
 * entry and a popstate), which refits with the same function and margins as a landing
 * (map/RouteFocus.tsx); with reduced motion the fit is a jump. Lima and Puno land explicitly.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, mapSettled, openMap, selectionCard, test } from './fixtures.ts'

const GEO = join(import.meta.dirname, '..', '..', 'geo', 'peru-regions.json')
const PLACES = join(import.meta.dirname, '..', '..', 'data', 'places')
const REGIONS: { iso: string; slug: string }[] = JSON.parse(readFileSync(GEO, 'utf8')).features.map(
  (f: { properties: { iso: string; slug: string } }) => f.properties,
)
const MIN_VISIBLE = 0.9 // share of the region's box on the uncovered map
const COVERS = '.side-panel, .selection-card, .timeline-dock, .leaflet-control-zoom, .notices > *'

interface Place {
  id: string
  kind: string
  geometry: { type: string; lat?: number; lng?: number }
}
const POINT_PLACES = readdirSync(PLACES)
  .flatMap((file) => JSON.parse(readFileSync(join(PLACES, file), 'utf8')) as Place[])
  // Curfew provinces are fitted as areas (their zone), like regions.
  .filter((p) => p.geometry.type === 'point' && p.kind !== 'curfew')
  // Santiago (33.4° S) and Valparaíso are south of the map's bounds (30° S, map/constants.ts): the
  // map cannot pan there yet (issue 12).
  .filter((p) => (p.geometry.lat ?? 0) > -30)

/** The share of `selector`'s box that lies on the map and under nothing drawn over it. */
async function visibleShare(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    ({ selector, covers }) => {
      const box = document.querySelector(selector)?.getBoundingClientRect()
      const map = document.querySelector('.leaflet-container')?.getBoundingClientRect()
      if (!box || !map || box.width === 0) return 0
      const over = [...document.querySelectorAll(covers)]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
      const inside = (r: DOMRect, x: number, y: number) =>
        x >= r.left && x <= r.right && y >= r.top && y <= r.bottom
      const step = 4 // pixels
      let all = 0
      let seen = 0
      for (let x = box.left; x <= box.right; x += step) {
        for (let y = box.top; y <= box.bottom; y += step) {
          all++
          if (inside(map, x, y) && !over.some((r) => inside(r, x, y))) seen++
        }
      }
      return all === 0 ? 0 : seen / all
    },
    { selector, covers: COVERS },
  )
}

const SCREENS = [
  { name: 'laptop 1280×800', use: { viewport: { width: 1280, height: 800 } } },
  { name: 'laptop 1366×768', use: { viewport: { width: 1366, height: 768 } } },
  {
    name: 'phone 390×844',
    use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  },
]

/** Goes to `path` as Back/Forward would, and waits until its card is open and the map still. */
async function goInApp(page: Page, path: string, title: string | null): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to)
    dispatchEvent(new PopStateEvent('popstate'))
  }, path)
  if (title !== null) await expect(selectionCard(page).locator('.card-title')).toHaveText(title)
  else await expect(selectionCard(page)).toBeVisible()
  await mapSettled(page)
}

const NAMES: Record<string, string> = JSON.parse(readFileSync(GEO, 'utf8')).features.reduce(
  (names: Record<string, string>, f: { properties: { iso: string; name_en: string } }) => {
    names[f.properties.iso] = f.properties.name_en
    return names
  },
  {},
)

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use(screen.use)
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
    })

    test('every region page shows its region on the uncovered map', async ({ page }) => {
      const [first, ...rest] = REGIONS
      if (!first) throw new Error('no regions')
      await openMap(page, `/region/${first.slug}/?lang=en`)
      await expect(selectionCard(page)).toBeVisible()
      await mapSettled(page)
      const shares: Record<string, number> = {}
      shares[first.iso] = await visibleShare(page, `path.region-${first.iso}`)
      for (const { iso, slug } of rest) {
        await goInApp(page, `/region/${slug}/?lang=en`, NAMES[iso] ?? null)
        shares[iso] = await visibleShare(page, `path.region-${iso}`)
      }
      const under = Object.entries(shares).filter(([, share]) => share < MIN_VISIBLE)
      expect(under, 'regions less than 90 % visible').toEqual([])
      expect(Object.keys(shares)).toHaveLength(26)
    })

    test('every point place shows its symbol on the uncovered map', async ({ page }) => {
      await openMap(page, '/?lang=en')
      const hidden: string[] = []
      for (const place of POINT_PLACES) {
        await goInApp(page, `/place/${place.id}/?lang=en`, null)
        const share = await visibleShare(page, `path.place-point.place-${place.id}`)
        if (share < 1) hidden.push(`${place.id} ${share.toFixed(2)}`)
      }
      expect(hidden, 'place symbols not wholly on the uncovered map').toEqual([])
    })
  })
}

test.describe('phone 390×844', () => {
  test.use(SCREENS[2]?.use ?? {})
  test('/region/puno/ leaves all of Puno in view above the sheet', async ({ page }) => {
    await openMap(page, '/region/puno/?lang=es')
    await expect(selectionCard(page).locator('.card-title')).toHaveText('Puno')
    await mapSettled(page)
    expect(await visibleShare(page, 'path.region-PE-PUN')).toBe(1)
    const sheet = await page.locator('.side-panel').boundingBox()
    const puno = await page.locator('path.region-PE-PUN').boundingBox()
    expect((puno?.y ?? 999) + (puno?.height ?? 0)).toBeLessThanOrEqual(sheet?.y ?? 0)
  })
})

test('/region/lima/ on a laptop shows all of Lima Metropolitana beside the card', async ({
  page,
}) => {
  await openMap(page, '/region/lima/?lang=en')
  await expect(selectionCard(page).locator('.card-title')).toHaveText('Metropolitan Lima')
  await mapSettled(page)
  expect(await visibleShare(page, 'path.region-PE-LMA')).toBe(1)
})

test('/place/antamina/ on a laptop lands with its symbol on the uncovered map', async ({
  page,
}) => {
  await openMap(page, '/place/antamina/?lang=en')
  await expect(selectionCard(page).locator('.card-title')).toHaveText('Antamina')
  await mapSettled(page)
  expect(await visibleShare(page, 'path.place-point.place-antamina')).toBe(1)
})
