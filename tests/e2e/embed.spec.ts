/**
 * The embed (issue 10): the map in a newsroom's page on another origin, its height messages and
 * the resize script, no scroll trap, "Open the full map" carrying the state, the Share panel's
 * link and code, and the embed at the sizes newsrooms use.
 */
import type { Frame, Page } from '@playwright/test'
import { expect, mapSettled, openMap, test, viewInUrl } from './fixtures.ts'
import { type Host, startHost } from './host.ts'

let host: Host

test.beforeAll(async () => {
  host = await startHost(`http://127.0.0.1:${process.env.E2E_PORT}`)
})
test.afterAll(async () => {
  await host.close()
})

/** Opens the article with the embed at `embedPath`; resolves with the embed's frame once drawn. */
async function openArticle(page: Page, embedPath: string, height = 450): Promise<Frame> {
  await page.route(`${host.origin}/**`, (route) => route.continue()) // the second origin is allowed
  await page.goto(`${host.origin}/?embed=${encodeURIComponent(embedPath)}&height=${height}`)
  const frame = page.frameLocator('#map')
  await expect(frame.locator('path.region')).toHaveCount(26)
  const embed = page.frame({ url: /\/embed\// })
  if (!embed) throw new Error('no embed frame')
  await mapSettled(embed as unknown as Page)
  return embed
}

/** How wide Ayacucho is drawn in the frame, in pixels: it changes with the map's zoom only. */
async function zoomOf(frame: Frame): Promise<number> {
  const box = await frame.locator('path.region-PE-AYA').boundingBox()
  if (!box) throw new Error('Ayacucho is not drawn')
  return Math.round(box.width)
}

test('the embed works in another origin’s page and tells it its height; embed.js resizes the frame', async ({
  page,
}) => {
  await openArticle(page, 'embed/region/ayacucho/?lang=en', 150)
  // 150 px is less than the embed needs (title, map, footer): it asks for more, embed.js grows the frame.
  const messages = () =>
    page.evaluate(
      () => (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages,
    )
  await expect
    .poll(async () => (await messages()).map((m) => m.data))
    .toContainEqual(expect.objectContaining({ sentinel: 'amp', type: 'embed-size' }))
  const list = await messages()
  const site = new URL(page.frame({ url: /\/embed\// })?.url() ?? '').origin
  const amp = list.find((m) => (m.data as { sentinel?: string }).sentinel === 'amp')
  const own = list.find((m) => (m.data as { source?: string }).source === 'peru-protests-map')
  if (!amp || !own) throw new Error('the embed posted no height')
  expect(amp.origin).toBe(site)
  const asked = (amp.data as { height: number }).height
  expect(own.data).toEqual({ source: 'peru-protests-map', type: 'embed-size', height: asked })
  expect(asked).toBeGreaterThan(150)
  await expect
    .poll(() => page.locator('#map').evaluate((f) => f.getBoundingClientRect().height))
    .toBe(asked)
})

test('a wheel over the embedded map scrolls the article, not the map; Ctrl + wheel zooms it', async ({
  page,
}) => {
  const frame = await openArticle(page, 'embed/?lang=en')
  const zoom = await zoomOf(frame)
  const box = await page.locator('#map').boundingBox()
  if (!box) throw new Error('no frame')
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.wheel(0, 300)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
  await expect(page.frameLocator('#map').locator('.gesture-hint')).toHaveText(
    /Ctrl \+ scroll|⌘ \+ scroll/,
  )
  await mapSettled(frame as unknown as Page)
  expect(await zoomOf(frame)).toBe(zoom)

  // With Ctrl held the wheel is the map's (over the part of the frame still in view).
  const after = await page.locator('#map').boundingBox()
  if (!after) throw new Error('no frame')
  const bottom = Math.min(after.y + after.height, 800)
  await page.mouse.move(after.x + after.width / 2, (Math.max(after.y, 0) + bottom) / 2)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -300)
  await page.keyboard.up('Control')
  await expect.poll(() => zoomOf(frame)).toBeGreaterThan(zoom)
})

test('“Open the full map” carries the embed’s region, layers, date, language and view', async ({
  page,
  context,
}) => {
  await openMap(
    page,
    '/embed/region/cusco/?lang=en&layers=article,deaths&date=2022-12-15#map=7/-13.500/-72.000',
  )
  await mapSettled(page)
  const link = page.getByRole('link', { name: 'Open the full map' })
  const href = await link.getAttribute('href')
  const view = viewInUrl(page)
  const hash = new URL(page.url()).hash
  expect(hash).toMatch(/^#map=/)
  expect(href).toBe(
    new URL(`/region/cusco/?lang=en&layers=article,deaths&date=2022-12-15${hash}`, page.url()).href,
  )
  const [full] = await Promise.all([context.waitForEvent('page'), link.click()])
  await expect(full.locator('path.region')).toHaveCount(26)
  await mapSettled(full)
  const url = new URL(full.url())
  expect(url.pathname).toBe('/region/cusco/')
  expect(url.search).toBe('?lang=en&layers=article,deaths&date=2022-12-15')
  expect(viewInUrl(full)).toEqual(view)
  await expect(full.locator('path.region-PE-CUS')).toHaveAttribute('stroke', '#9d1c1c')
})

for (const [width, height] of [
  [300, 250],
  [700, 450],
  [1280, 800],
] as const) {
  test(`the embed shows its title, map, legend, attribution and link at ${width}×${height}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await openMap(page, '/embed/place/antamina/?lang=en')
    for (const what of [
      '.embed-title',
      '.leaflet-container',
      '.embed-legend',
      '.embed-open',
      '.embed-credit',
    ]) {
      const box = await page.locator(what).first().boundingBox()
      expect(box, what).not.toBeNull()
      if (!box) continue
      expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(height + 1)
      expect(box.x + box.width, `${what} right`).toBeLessThanOrEqual(width + 1)
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    )
    await expect(page.locator('.embed-card')).toContainText('Antamina')
    await expect(page.locator('.app-header, .side-panel')).toHaveCount(0)
  })
}

test('the Share panel gives the link and the embed code of what is on screen; both reopen it', async ({
  page,
  context,
}) => {
  await openMap(page, '/region/puno/?lang=en&layers=deaths,airports')
  await mapSettled(page)
  await page.getByRole('button', { name: 'Share' }).click()
  const dialog = page.getByRole('dialog', { name: 'Share this map' })
  await expect(dialog).toBeVisible()
  const link = await dialog.getByLabel('Link to what is on screen').inputValue()
  expect(link).toBe(page.url())
  const code = await dialog.getByLabel(/Embed code/).inputValue()
  const src =
    /<iframe src="([^"]+)" title="[^"]+" width="100%" height="\d+" loading="lazy" allowfullscreen/.exec(
      code,
    )?.[1]
  expect(src?.replaceAll('&amp;', '&')).toBe(page.url().replace('/region/', '/embed/region/'))
  expect(code).toContain('/embed.js" async></script>')
  expect(code).toMatch(/<p><a href="[^"]+\/region\/puno\/\?lang=en&amp;layers=deaths,airports#map=/)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  const reopened = await context.newPage()
  await openMap(reopened, link)
  await mapSettled(reopened)
  expect(reopened.url()).toBe(link)
  await expect(reopened.locator('path.region-PE-PUN')).toHaveAttribute('stroke', '#9d1c1c')

  const embedded = await context.newPage()
  await openMap(embedded, (src ?? '').replaceAll('&amp;', '&'))
  await mapSettled(embedded)
  expect(viewInUrl(embedded)).toEqual(viewInUrl(page))
  await expect(embedded.locator('.embed-card')).toContainText('Puno')
  await expect(embedded.locator('.embed-legend')).toContainText('Airports')
})

test('the embed’s Share panel and full-screen button are there, in Spanish', async ({ page }) => {
  await openMap(page, '/embed/region/lima/?lang=es')
  await expect(page).toHaveURL(/\/embed\/region\/lima-metropolitana\/\?lang=es/)
  await mapSettled(page)
  await page.getByRole('button', { name: 'Compartir' }).click()
  const dialog = page.getByRole('dialog', { name: 'Compartir este mapa' })
  await expect(dialog.getByLabel('Enlace a lo que se ve en pantalla')).toHaveValue(
    /\/region\/lima-metropolitana\/\?lang=es#map=/,
  )
  await expect(dialog.getByLabel(/Código para insertar/)).toHaveValue(
    /src="[^"]+\/embed\/region\/lima-metropolitana\/\?lang=es#map=/,
  )
  await expect(dialog.getByRole('link', { name: 'Enviar por correo' })).toHaveAttribute(
    'href',
    /^mailto:\?subject=.+&body=http/,
  )
})
