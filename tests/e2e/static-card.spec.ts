/**
 * The card of a shared link in the page's HTML (src/build/card/): on screen from the first paint,
 * in the reader's language, where the live card will be; handed over to the live card with the
 * same text in the same place; still there, readable, when the app cannot load. And the app
 * itself starts only after that first paint (src/build/appStart.ts, static-frame.js).
 */
import type { Page } from '@playwright/test'
import { expect, openMap, test } from './fixtures.ts'

interface Box {
  x: number
  y: number
  width: number
  height: number
}
interface Seen {
  slots: string[] // the static card's languages left in the page
  lang: string | null // its article's language
  visible: boolean
  title: Box
  text: string
  liveTitle: Box | null
  liveText: string
}

/** Records the static card and the live one at the moment static-frame.js removes the former. */
async function recordCardHandOver(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const box = (e: Element | null): Box | null => {
      if (!e) return null
      const r = e.getBoundingClientRect()
      return { x: r.x, y: r.y, width: r.width, height: r.height }
    }
    const w = window as unknown as { __card?: Seen; __last?: Omit<Seen, 'liveTitle' | 'liveText'> }
    const look = () => {
      const card = document.getElementById('static-card')
      if (!card) return
      w.__last = {
        slots: [...card.querySelectorAll<HTMLElement>('[data-lang]')].map(
          (s) => s.dataset.lang ?? '',
        ),
        lang: card.querySelector('article')?.getAttribute('lang') ?? null,
        visible: card.checkVisibility(),
        title: box(card.querySelector('.card-title')) as Box,
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, line by line
        text: (card.querySelector('[data-lang] .card') as HTMLElement | null)?.innerText ?? '',
      }
    }
    new MutationObserver((records, observer) => {
      look()
      const removed = records.some((r) =>
        [...r.removedNodes].some((n) => n instanceof Element && n.id === 'static-card'),
      )
      if (!removed || !w.__last) return
      observer.disconnect()
      const live = document.querySelector('.side-panel .card')
      w.__card = {
        ...w.__last,
        liveTitle: box(live?.querySelector('.card-title') ?? null),
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, line by line
        liveText: (live as HTMLElement | null)?.innerText ?? '',
      }
    }).observe(document, { childList: true, subtree: true })
  })
}

const CASES = [
  { path: '/region/ayacucho/', title: { es: 'Ayacucho', en: 'Ayacucho' } },
  { path: '/place/antamina/', title: { es: 'Antamina', en: 'Antamina' } },
  {
    path: '/place/lima-march-2022-12-15/',
    title: { es: 'Lima: la marcha del 15 de diciembre', en: 'Lima: the march of 15 December' },
  },
]
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]

for (const size of SIZES) {
  for (const lang of ['es', 'en'] as const) {
    test.describe(`at ${size.width}×${size.height}, a ${lang} browser`, () => {
      test.use({ viewport: size, locale: lang === 'es' ? 'es-PE' : 'en-GB' })
      for (const { path, title } of CASES) {
        test(`${path}: the card is in the page from the first paint and hands over in place`, async ({
          page,
        }) => {
          await recordCardHandOver(page)
          await openMap(page, path)
          await expect(page.locator('#static-card')).toHaveCount(0)
          const seen = (await (
            await page.waitForFunction(() => (window as unknown as { __card?: Seen }).__card)
          ).jsonValue()) as Seen
          expect(seen.slots, 'only the reader’s language is kept').toEqual([lang])
          expect(seen.lang).toBe(lang)
          expect(seen.visible).toBe(true)
          expect(seen.text.split('\n')[2], 'the static card’s title').toBe(title[lang])
          // The live card says the same, from the same place: its text begins with the static
          // card's (which shows "loading" where the facts will be), its title where it was.
          const upToFacts = seen.text.split(/\n(?:Cargando|Loading)/)[0] ?? ''
          expect(seen.liveText.startsWith(upToFacts), `${seen.liveText}\n≠\n${upToFacts}`).toBe(
            true,
          )
          expect(seen.liveTitle).not.toBeNull()
          for (const side of ['x', 'y', 'width', 'height'] as const) {
            expect(
              Math.abs((seen.liveTitle?.[side] ?? 0) - seen.title[side]),
              side,
            ).toBeLessThanOrEqual(1)
          }
          await expect(page.locator('.side-panel .card-title')).toHaveText(title[lang])
        })
      }
    })
  }
}

test('the app starts after the first paint: its script is added once the static page has painted', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __order: string[] }
    w.__order = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__order.push(e.name)
    }).observe({ type: 'paint', buffered: true })
    new MutationObserver(() => {
      if (document.head?.querySelector('script[type="module"]') && !w.__order.includes('app'))
        w.__order.push('app')
    }).observe(document, { childList: true, subtree: true })
  })
  await openMap(page, '/region/cusco/')
  const order = await page.evaluate(() => (window as unknown as { __order: string[] }).__order)
  expect(order.indexOf('first-contentful-paint')).toBeGreaterThanOrEqual(0)
  expect(order.indexOf('app')).toBeGreaterThan(order.indexOf('first-contentful-paint'))
  expect(await page.locator('head link[rel="modulepreload"]').count()).toBeGreaterThan(3)
  // The tags are added a few per task (static-frame.js): all of them, once each, in order.
  const added = await page.evaluate(() => {
    const template = document.getElementById('app-start') as HTMLTemplateElement
    const address = (el: Element) => el.getAttribute('src') ?? el.getAttribute('href') ?? ''
    const waiting = [...template.content.children].map(address)
    const inHead = [
      ...document.head.querySelectorAll('script[type="module"], link[rel="modulepreload"]'),
    ]
      .map(address)
      .filter((a) => waiting.includes(a))
    return { waiting, inHead }
  })
  expect(added.waiting.length).toBeGreaterThan(3)
  expect(added.inHead).toEqual(added.waiting)
})

test('when the app cannot load, the page still shows the card beside the static map', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort())
  await page.goto('/region/puno/?lang=en')
  const card = page.locator('#static-card')
  await expect(card.locator('.card-title')).toHaveText('Puno')
  await expect(card.locator('.card-title')).toBeVisible()
  await expect(card).toHaveAttribute('inert', '')
  await expect(card.locator('[data-lang]')).toHaveCount(1)
  await expect(card.locator('article')).toHaveAttribute('lang', 'en')
  await expect(page.locator('#static-frame')).toBeVisible()
  await context.close()
})

test('with JavaScript off, the card gives way to the page’s text below the map', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  await page.goto('/region/ayacucho/')
  await expect(page.locator('#static-card')).toBeHidden()
  await expect(page.getByRole('heading', { name: 'El mapa en palabras' })).toBeVisible()
  await context.close()
})
