/**
 * No network and slow networks. The fixtures refuse every request that leaves the site, so these
 * tests show the app is whole without the network: basemap, regions, popups by link and by click,
 * overlays, in-app links; OpenStreetMap tiles, the one thing that needs the network, fail once,
 * politely, back to the built-in map. With the site's own geometry slow to arrive, the page says
 * it is loading instead of showing an empty map.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, Request } from '@playwright/test'
import { LAYER_IDS } from '../../data/types.ts'
import { closeCardButton, expect, mapSettled, openMap, selectionCard, test } from './fixtures.ts'

const DIST = process.env.E2E_DIST ?? 'dist'
const TILES_FAILED = 'Map tiles could not be loaded: showing the built-in map instead.'
const OSM_CHOICE = 'OpenStreetMap tiles (needs the network)'
const GEOMETRY_CHUNK = /\/assets\/(peru-regions|basemap|zones|data)-[\w-]+\.js$/

/** The first place page the build wrote. */
function firstPlaceId(): string | undefined {
  return readdirSync(join(DIST, 'place')).sort()[0]
}

/** A fingerprint of what the map draws, to see that a toggle changed it. */
function mapDrawing(page: Page): Promise<string> {
  return page.locator('.leaflet-map-pane').evaluate((pane) => pane.innerHTML)
}

/** Opens the side panel's Layers tab (the overlays and the base map; loaded on first use). */
async function showLayersTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Layers' }).click()
  await expect(page.locator('input[type="checkbox"][data-layer]')).toHaveCount(LAYER_IDS.length)
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

/** Counts, from now on, the requests for OpenStreetMap tiles that have not ended yet. */
function tilesInFlight(page: Page): () => number {
  let pending = 0
  const isTile = (request: Request) => request.url().startsWith('https://tile.openstreetmap.org/')
  page.on('request', (request) => {
    if (isTile(request)) pending++
  })
  const ended = (request: Request) => {
    if (isTile(request)) pending--
  }
  page.on('requestfailed', ended)
  page.on('requestfinished', ended)
  return () => pending
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
    await expect(selectionCard(page).locator('.card-title')).toHaveText('Cusco')
    await closeCardButton(page).click()
    await page.locator('path.region-PE-PUN').click()
    await expect(selectionCard(page).locator('.card-title')).toHaveText('Puno')
    await expect.poll(() => new URL(page.url()).pathname).toBe('/region/puno/')
    expect(problems.blocked).toEqual([])
  })

  test('a place opens by link, and the in-app lists lead to places', async ({ page, problems }) => {
    const id = firstPlaceId()
    expect(id, `a place page in ${DIST}/place/`).toBeTruthy()
    await openMap(page, `/place/${id}/`)
    await expect(selectionCard(page)).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)

    await page.getByRole('tab', { name: 'Places' }).click()
    await page.getByRole('tabpanel').getByRole('button').first().click()
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/(place|region)\//)
    await expect(selectionCard(page)).toBeVisible()
    expect(problems.blocked).toEqual([])
  })

  test('every overlay toggles from the side panel and the link follows', async ({
    page,
    problems,
  }) => {
    await openMap(page, '/')
    await showLayersTab(page)
    const boxes = page.locator('input[type="checkbox"][data-layer]')
    for (let i = 0; i < LAYER_IDS.length; i++) {
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
    const pendingTiles = tilesInFlight(page)
    const tilesFailed = page.getByRole('alert').filter({ hasText: TILES_FAILED })
    await page.getByLabel(OSM_CHOICE).click() // not check(): it falls back at once
    await expect(tilesFailed).toHaveCount(1)
    // Every tile of the view failed, yet one notice; and none of them broke the policy.
    expect(
      problems.blocked.filter((url) => url.startsWith('https://tile.openstreetmap.org/')).length,
    ).toBeGreaterThan(1)
    await page.getByRole('button', { name: 'Zoom in' }).first().click()
    // Once every tile request has ended and the zoom is over, a late tile error would have
    // added its notice.
    await expect.poll(pendingTiles, 'tile requests still in flight').toBe(0)
    await mapSettled(page)
    await expect(tilesFailed).toHaveCount(1)
    expect(await noticesShown(page), 'notices announced for one failed choice').toBe(1)
    await expect(page.getByLabel('Built-in map (works offline)')).toBeChecked()
    await expect(page.locator('path.region')).toHaveCount(26)
    await expect(page.locator('path.basemap-country:visible').first()).toBeVisible()

    // Trying again replaces the notice rather than stacking a second one.
    await page.getByLabel(OSM_CHOICE).click() // not check(): it falls back at once
    await expect(page.getByLabel('Built-in map (works offline)')).toBeChecked()
    await expect(tilesFailed).toHaveCount(1)
    await expect.poll(pendingTiles, 'tile requests still in flight').toBe(0)
    await mapSettled(page)
    expect(await noticesShown(page), 'notices announced for two failed choices').toBe(2)
    expect(problems.cspViolations).toEqual([])
  })
})

test.describe('with the site slow to send its geometry and data', () => {
  test('the page says it is loading, not an empty map, then draws the map', async ({ page }) => {
    // The geometry and data are held back until the page has been seen waiting for them.
    let delayed = 0
    let release = () => {}
    const released = new Promise<void>((done) => {
      release = done
    })
    await page.route(GEOMETRY_CHUNK, async (route) => {
      delayed++
      await released
      await route.fallback()
    })
    await page.goto('/', { waitUntil: 'domcontentloaded' })
    const status = page.getByRole('status').filter({ hasText: 'Loading the map…' })
    await expect(status).toBeVisible()
    await expect(page.locator('.leaflet-container')).toHaveCount(0)
    await expect(page.locator('h1, header').first()).toBeVisible()
    await expect.poll(() => delayed, 'geometry or data requests held back').toBeGreaterThan(0)
    release()
    await expect(page.locator('path.region')).toHaveCount(26)
    await expect(status).toHaveCount(0)
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
