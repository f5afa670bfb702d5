/**
 * No network and slow networks. The fixtures refuse every request that leaves the site, so these
 * tests show the app is whole without the network: basemap, regions, popups by link and by click,
 * overlays, in-app links; OpenStreetMap tiles, the one thing that needs the network, fail once,
 * politely, back to the built-in map. With the site's own geometry slow to arrive, the page says
 * it is loading instead of showing an empty map.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openMap, test } from './fixtures.ts'

const DIST = process.env.E2E_DIST ?? 'dist'
const TILES_FAILED = 'Map tiles could not be loaded: showing the built-in map instead.'
const OSM_CHOICE = 'OpenStreetMap tiles (needs the network)'
const GEOMETRY_CHUNK = /\/assets\/(peru-regions|basemap|zones|data)-[\w-]+\.js$/
const DATA_DELAY_MS = 2500 // long enough to see the loading state, well under the test timeout

/** The first place page the build wrote, if there are places yet. */
function firstPlaceId(): string | null {
  try {
    return readdirSync(join(DIST, 'place')).sort()[0] ?? null
  } catch {
    return null
  }
}

/** A fingerprint of what the map draws, to see that a toggle changed it. */
function mapDrawing(page: Page): Promise<string> {
  return page.locator('.leaflet-map-pane').evaluate((pane) => pane.innerHTML)
}

/** The side panel's Layers tab (the overlays and the base map), when the panel has tabs. */
async function showLayersTab(page: Page): Promise<void> {
  const tab = page.getByRole('tab', { name: 'Layers' })
  if ((await tab.count()) > 0) await tab.click()
}

/**
 * Counts, from now on, how many times an alert with `text` is added to the page: a notice that
 * flickers (removed and added again per failed tile) would be announced again each time.
 */
async function countNoticesShown(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const w = window as unknown as { __noticesShown: number }
    w.__noticesShown = 0
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        if (!(node instanceof HTMLElement)) continue
        const alerts = [node, ...node.querySelectorAll('[role="alert"]')]
        const match = (el: Element) =>
          el.matches('[role="alert"]') && el.textContent?.includes(wanted)
        if (alerts.some(match)) w.__noticesShown++
      }
    }).observe(document.body, { childList: true, subtree: true })
  }, text)
}

function noticesShown(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __noticesShown: number }).__noticesShown)
}

test.describe('with every request outside the site refused', () => {
  test('the map draws its basemap and regions, and nothing tries to leave the site', async ({
    page,
    problems,
  }) => {
    await openMap(page, '/')
    await expect(page.locator('path.basemap-country:visible').first()).toBeVisible()
    await expect(page.locator('.region-label-PE-CUS')).toBeVisible()
    expect(problems.blocked).toEqual([])
  })

  test('a region opens by link and by a click on the map', async ({ page, problems }) => {
    await openMap(page, '/region/cusco/')
    await expect(page.locator('.leaflet-popup .card-title')).toHaveText('Cusco')
    await page.locator('.leaflet-popup-close-button').click()
    await page.locator('path.region-PE-PUN').click()
    await expect(page.locator('.leaflet-popup .card-title')).toHaveText('Puno')
    await expect.poll(() => new URL(page.url()).pathname).toBe('/region/puno/')
    expect(problems.blocked).toEqual([])
  })

  test('a place opens by link, and the in-app lists lead to places', async ({ page, problems }) => {
    const id = firstPlaceId()
    test.skip(id === null, 'no place pages in this build yet')
    await openMap(page, `/place/${id}/`)
    await expect(page.locator('.leaflet-popup')).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)

    const placesTab = page.getByRole('tab', { name: 'Places' })
    if ((await placesTab.count()) > 0) {
      await placesTab.click()
      const item = page.getByRole('tabpanel').getByRole('button').first()
      await item.click()
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/(place|region)\//)
      await expect(page.locator('.leaflet-popup')).toBeVisible()
    }
    expect(problems.blocked).toEqual([])
  })

  test('every overlay toggles from the side panel and the link follows', async ({
    page,
    problems,
  }) => {
    await openMap(page, '/')
    await showLayersTab(page)
    const boxes = page.locator('input[type="checkbox"][data-layer]')
    const count = await boxes.count()
    test.skip(count === 0, 'no overlay checkboxes in the side panel yet')
    for (let i = 0; i < count; i++) {
      const box = boxes.nth(i)
      const id = await box.getAttribute('data-layer')
      const before = await mapDrawing(page)
      const wasOn = await box.isChecked()
      await box.click()
      await expect(box).toBeChecked({ checked: !wasOn })
      await expect
        .poll(() =>
          (new URL(page.url()).searchParams.get('layers') ?? '').split(',').includes(id ?? ''),
        )
        .toBe(!wasOn)
      await expect.poll(() => mapDrawing(page), `layer ${id} redraws the map`).not.toBe(before)
      await expect(page.locator('path.region')).toHaveCount(26)
    }
    expect(problems.blocked).toEqual([])
  })
})

test.describe('choosing OpenStreetMap tiles with no network', () => {
  test.use({ allowTileErrors: true })

  test('says once that tiles are unavailable, falls back and keeps the map drawn', async ({
    page,
    problems,
  }) => {
    await openMap(page, '/')
    await showLayersTab(page)
    await countNoticesShown(page, TILES_FAILED)
    const tilesFailed = page.getByRole('alert').filter({ hasText: TILES_FAILED })
    await page.getByLabel(OSM_CHOICE).click() // not check(): it falls back at once
    await expect(tilesFailed).toHaveCount(1)
    // Every tile of the view failed, yet one notice; and none of them broke the policy.
    expect(
      problems.blocked.filter((url) => url.startsWith('https://tile.openstreetmap.org/')).length,
    ).toBeGreaterThan(1)
    await page.getByRole('button', { name: 'Zoom in' }).first().click()
    await page.waitForTimeout(500) // any late tile error would add a notice now
    await expect(tilesFailed).toHaveCount(1)
    expect(await noticesShown(page), 'notices announced for one failed choice').toBe(1)
    await expect(page.getByLabel('Built-in map (works offline)')).toBeChecked()
    await expect(page.locator('path.region')).toHaveCount(26)
    await expect(page.locator('path.basemap-country:visible').first()).toBeVisible()

    // Trying again replaces the notice rather than stacking a second one.
    await page.getByLabel(OSM_CHOICE).click() // not check(): it falls back at once
    await expect(page.getByLabel('Built-in map (works offline)')).toBeChecked()
    await expect(tilesFailed).toHaveCount(1)
    await page.waitForTimeout(500)
    expect(await noticesShown(page), 'notices announced for two failed choices').toBe(2)
    expect(problems.cspViolations).toEqual([])
  })
})

test.describe('with the site slow to send its geometry and data', () => {
  test('the page says it is loading, not an empty map, then draws the map', async ({ page }) => {
    let delayed = 0
    await page.route(GEOMETRY_CHUNK, async (route) => {
      delayed++
      await new Promise((done) => setTimeout(done, DATA_DELAY_MS))
      await route.fallback()
    })
    await page.goto('/', { waitUntil: 'domcontentloaded' })
    const status = page.getByRole('status').filter({ hasText: 'Loading the map…' })
    await expect(status).toBeVisible()
    await expect(page.locator('.leaflet-container')).toHaveCount(0)
    await expect(page.locator('h1, header').first()).toBeVisible()
    await expect(page.locator('path.region')).toHaveCount(26, { timeout: DATA_DELAY_MS + 10_000 })
    await expect(status).toHaveCount(0)
    expect(delayed).toBeGreaterThan(0)
  })

  test('when the geometry cannot arrive, the page says so and a reload recovers', async ({
    page,
    problems,
  }) => {
    let refuse = true
    await page.route(GEOMETRY_CHUNK, (route) =>
      refuse ? route.abort('connectionreset') : route.fallback(),
    )
    await page.goto('/')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('could not load')
    refuse = false
    await alert.getByRole('button', { name: 'Reload' }).click()
    await expect(page.locator('path.region')).toHaveCount(26)
    // The refused chunks were logged by the browser; that was the point of this test.
    const rest = problems.consoleErrors.filter((text) => !/Failed to load resource/.test(text))
    problems.consoleErrors.splice(0, problems.consoleErrors.length, ...rest)
  })
})
