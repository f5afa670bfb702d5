/**
 * Link previews in the browser: a region's share link, served by a plain static server, carries
 * its own title and description, and its preview image is there to fetch at 1200×630.
 */
import { expect, openMap, test } from './fixtures.ts'

const PNG_SIGNATURE = '89504e470d0a1a0a'

test('a region page carries its own title, description and preview image', async ({ page }) => {
  await openMap(page, '/region/ayacucho/')
  // The title as served, which previews and crawlers read: once the app runs, the tab's title
  // follows the reader's language (legend.spec.ts), and this browser's is English.
  const served = await (await page.request.get('/region/ayacucho/')).text()
  expect(/<title>([^<]*)<\/title>/.exec(served)?.[1]).toBe(
    'Ayacucho — Perú, diciembre de 2022: el mapa de las protestas',
  )
  const description = page.locator('meta[name="description"]')
  await expect(description).toHaveAttribute('content', /en Ayacucho: «/)
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    'Ayacucho — Perú, diciembre de 2022: el mapa de las protestas',
  )
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
  expect(new URL(canonical ?? '', page.url()).pathname).toBe('/region/ayacucho/')

  const image = await page.locator('meta[property="og:image"]').getAttribute('content')
  const imageUrl = new URL(image ?? '', page.url())
  expect(imageUrl.pathname).toBe('/og/region-ayacucho.png')
  const response = await page.request.get(imageUrl.href)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  const bytes = await response.body()
  expect(bytes.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE)
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630])
})

test('an ISO-code link names the slug page as canonical and shares its image', async ({ page }) => {
  await openMap(page, '/region/PE-AYA/')
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
  // The address is rewritten to the slug on load; the canonical is resolved against the page
  // the server sent, one folder as deep.
  expect(canonical).toMatch(/region\/ayacucho\/$/)
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /og\/region-ayacucho\.png$/,
  )
})
