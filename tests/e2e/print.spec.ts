/**
 * Printing a region or place page (issue 10): at most two A4 or Letter pages holding the title,
 * the map, the selection's card with its sources, the article's attribution and the address.
 */
import { expect, mapSettled, openMap, selectionCard, test } from './fixtures.ts'

const PAGE_OBJECT = /\/Type\s*\/Page(?![a-z])/g // one per page in the PDF's page tree

// A region's card cites the article for its quotes; a place's card cites its other sources too.
for (const [path, name, source] of [
  ['/region/ayacucho/?lang=en', 'Ayacucho', '— WSWS, 16 December 2022'],
  ['/place/antamina/?lang=en', 'Antamina', 'Source: NS Energy'],
] as const) {
  test(`${path} prints on at most two pages with ${name}, its sources and the address`, async ({
    page,
  }) => {
    await openMap(page, path)
    await expect(selectionCard(page)).toContainText(name)
    await expect(selectionCard(page)).toContainText(source)
    await expect(page.getByRole('button', { name: 'Share' })).toBeVisible() // the print watcher is on
    await page.emulateMedia({ media: 'print' })
    const sheet = page.locator('#print-sheet')
    await expect(sheet.locator('.card-title')).toHaveText(name)
    await expect(sheet).toContainText(source)
    await expect(sheet).toContainText('Andrea Lobo, World Socialist Web Site')
    await expect(sheet).toContainText(`This page: ${page.url().split('#')[0]}`)
    await expect(page.locator('.side-panel')).toBeHidden()
    await expect(page.locator('.app-title')).toBeVisible()
    await mapSettled(page)
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = (await page.pdf({ format })).toString('latin1')
      const pages = pdf.match(PAGE_OBJECT)?.length ?? 0
      expect(pages, format).toBeGreaterThanOrEqual(1)
      expect(pages, format).toBeLessThanOrEqual(2)
    }
    await page.emulateMedia({ media: 'screen' })
    await expect(sheet).toHaveCount(0)
  })
}
