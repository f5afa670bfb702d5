/**
 * The header on a phone (390×844, the mobile project): the title, Share, Full screen and the
 * language switch fit on the screen. Before, at 390 px the title wrapped to five lines and the
 * "English" button ran off the right edge, pushed by Share and Full screen.
 */
import { expect, openMap, test } from './fixtures.ts'

const WIDTH = 390 // px, the viewport of the mobile project

for (const [lang, share, fullscreen, other] of [
  ['en', 'Share', 'Full screen', 'Español'],
  ['es', 'Compartir', 'Pantalla completa', 'English'],
] as const) {
  test(`the header fits a 390 px phone in two lines at most (${lang})`, async ({ page }) => {
    await openMap(page, `/region/ayacucho/?lang=${lang}`)
    const header = page.locator('.app-header')
    const buttons = [
      header.getByRole('button', { name: share, exact: true }),
      header.getByRole('button', { name: fullscreen, exact: true }),
      header.getByRole('button', { name: other, exact: true }),
    ]
    for (const button of buttons) {
      await expect(button).toBeVisible()
      const box = await button.boundingBox()
      if (!box) throw new Error('no button')
      expect(box.x, `${await button.textContent()} left`).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, `${await button.textContent()} right`).toBeLessThanOrEqual(WIDTH)
      expect(box.height).toBeGreaterThanOrEqual(40) // a touch target
      expect(box.width).toBeGreaterThanOrEqual(40)
    }
    const title = header.getByRole('heading', { level: 1 })
    const { lines, headerHeight, lineHeight } = await title.evaluate((h1) => {
      const style = getComputedStyle(h1)
      const lineHeight = Number.parseFloat(style.lineHeight)
      return {
        lines: Math.round(h1.getBoundingClientRect().height / lineHeight),
        lineHeight,
        headerHeight: (h1.closest('header') as HTMLElement).getBoundingClientRect().height,
      }
    })
    expect(lines).toBeGreaterThanOrEqual(1)
    expect(lines).toBeLessThanOrEqual(2)
    // The header is no taller than two lines of the title or its 40 px buttons, plus its padding.
    expect(headerHeight).toBeLessThanOrEqual(Math.max(2 * lineHeight, 40) + 12)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(overflow).toBeLessThanOrEqual(WIDTH)
  })
}
