/**
 * Spanish everywhere with ?lang=es: no English interface string is left on the page, in any tab or
 * popup (the article's own words stay in English and are marked lang="en"; they are left out).
 */
import layers from '../../data/layers.json' with { type: 'json' }
import { STRINGS } from '../../src/i18n/strings.ts'
import { expect, openMap, selectionCard, test } from './fixtures.ts'

/** Visible text of the page outside elements marked as English. */
async function nonEnglishText(page: import('@playwright/test').Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement
    for (const el of clone.querySelectorAll('[lang="en"], [hidden]')) el.remove()
    return clone.textContent ?? ''
  })
}

/** The English strings to look for: each literal fragment of 8 or more characters. */
function englishFragments(): string[] {
  const es = new Set(Object.values(STRINGS.es))
  const fragments = new Set<string>()
  for (const value of Object.values(STRINGS.en)) {
    if (es.has(value)) continue
    for (const part of value.split(/\{\w+\}/)) {
      if (part.trim().length >= 8) fragments.add(part.trim())
    }
  }
  for (const layer of layers) fragments.add(layer.legend.en)
  return [...fragments]
}

test('?lang=es shows Spanish everywhere: tabs, legends, list and popups', async ({ page }) => {
  await openMap(
    page,
    '/region/ayacucho/?lang=es&layers=article,south,mines,deaths,airports,curfew,context',
  )
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  const fragments = englishFragments()
  const seen: string[] = []
  for (const tab of ['Artículo', 'Capas', 'Lugares']) {
    await page.getByRole('tab', { name: tab }).click()
    const text = await nonEnglishText(page)
    seen.push(...fragments.filter((f) => text.includes(f)).map((f) => `${tab}: ${f}`))
  }
  await page.locator('button[data-place="antamina"]').click()
  await expect(selectionCard(page).locator('.card-title')).toHaveText('Antamina')
  const popupText = await nonEnglishText(page)
  seen.push(...fragments.filter((f) => popupText.includes(f)).map((f) => `popup: ${f}`))
  expect(seen).toEqual([])
  await expect(selectionCard(page)).toContainText('Mina')
})

test('dates and numbers are written the Spanish way', async ({ page }) => {
  await openMap(page, '/place/airport-juliaca/?lang=es')
  await expect(selectionCard(page).locator('time').first()).toContainText('diciembre de 2022')
  await openMap(page, '/region/puno/?lang=es')
  await expect(selectionCard(page).locator('.card-runoff')).toContainText('%')
})
