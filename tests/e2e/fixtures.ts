/**
 * The shared set-up of every browser test: requests leaving the site are refused (tiles are
 * blocked, as on the build machine), and each test fails if the page logged a console error,
 * threw, opened a dialog, or broke the Content-Security-Policy (every page of the test's browser
 * context reports its `securitypolicyviolation` events). Tests that expect blocked tiles say so
 * with `allowTileErrors`.
 */
import { test as base, expect, type Page } from '@playwright/test'

export interface PageProblems {
  consoleErrors: string[]
  pageErrors: string[]
  dialogs: string[]
  blocked: string[]
  cspViolations: string[] // "<directive> blocked <what> at <file>:<line>"
}

interface Fixtures {
  problems: PageProblems
  allowTileErrors: boolean
}

export const test = base.extend<Fixtures>({
  allowTileErrors: [false, { option: true }],
  problems: [
    async ({ page, baseURL, allowTileErrors }, use) => {
      const problems: PageProblems = {
        consoleErrors: [],
        pageErrors: [],
        dialogs: [],
        blocked: [],
        cspViolations: [],
      }
      await recordCspViolations(page, problems.cspViolations)
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
      await page.route('**/*', (route) => {
        const url = route.request().url()
        if (url.startsWith(origin) || url.startsWith('data:')) return route.continue()
        problems.blocked.push(url)
        return route.abort('blockedbyclient')
      })
      const notFoundPages = new Set<string>()
      page.on('response', (response) => {
        if (response.request().isNavigationRequest() && response.status() === 404) {
          notFoundPages.add(response.url())
        }
      })
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return
        const text = msg.text()
        // A link to nothing is served 404.html with status 404 by design (static hosts do the
        // same); the browser logs that status for the page itself. Any other 404 is an error.
        if (
          text.includes('status of 404') &&
          notFoundPages.has(msg.location().url.split('#')[0] ?? '')
        )
          return
        // A refused tile logs "Failed to load resource"; only expected when a test picks tiles.
        if (allowTileErrors && text.includes('Failed to load resource')) return
        problems.consoleErrors.push(text)
      })
      page.on('pageerror', (error) => problems.pageErrors.push(String(error)))
      page.on('dialog', (dialog) => {
        problems.dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await use(problems)
      expect(problems.cspViolations, 'Content-Security-Policy violations').toEqual([])
      expect(problems.pageErrors, 'page errors').toEqual([])
      expect(problems.dialogs, 'dialogs opened').toEqual([])
      expect(problems.consoleErrors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

const CSP_REPORTER = '__reportCspViolation' // the binding every page calls on a violation

/**
 * Records every `securitypolicyviolation` of every page and frame of the page's context (popups
 * and new tabs included), from before the page's own scripts run: an init script listens on the
 * document and reports through a binding, which survives navigations.
 */
async function recordCspViolations(page: Page, into: string[]): Promise<void> {
  const context = page.context()
  await context.exposeFunction(CSP_REPORTER, (violation: string) => {
    into.push(violation)
  })
  await context.addInitScript((reporter: string) => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as Record<string, (v: string) => void>)[reporter]
        const what = e.blockedURI || 'inline'
        const sample = e.sample ? ` "${e.sample}"` : ''
        report?.(
          `${e.effectiveDirective} blocked ${what} at ${e.sourceFile}:${e.lineNumber}${sample}`,
        )
      },
      true,
    )
  }, CSP_REPORTER)
}

/**
 * Opens an address and waits until the 26 regions are drawn, the map's later stages (the
 * overlays, the labels: map/useStages.ts) have mounted, and the static map and card from the HTML
 * have handed over to the live ones (until then they lie over the live map and panel, and the
 * map's links come first in the tab order).
 */
export async function openMap(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await expect(page.locator('path.region')).toHaveCount(26)
  await expect(page.locator('.leaflet-container.map-complete')).toHaveCount(1)
  await expect(page.locator('#static-frame')).toBeHidden()
  await expect(page.locator('#static-card')).toHaveCount(0)
}

/** The map's current view as the address says it (`#map=z/lat/lng`). */
export function viewInUrl(page: Page): { zoom: number; lat: number; lng: number } | null {
  const match = /#map=(\d+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(page.url())
  if (!match) return null
  return { zoom: Number(match[1]), lat: Number(match[2]), lng: Number(match[3]) }
}

/** Peru's northernmost (Tumbes, Loreto) and southernmost (Tacna) regions are inside the map. */
export async function expectWholePeruInView(page: Page): Promise<void> {
  const map = await page.locator('.leaflet-container').boundingBox()
  if (!map) throw new Error('no map on the page')
  for (const iso of ['PE-TUM', 'PE-LOR', 'PE-TAC', 'PE-MDD']) {
    const box = await page.locator(`path.region-${iso}`).boundingBox()
    expect(box, iso).not.toBeNull()
    if (!box) continue
    expect(box.y, `${iso} top`).toBeGreaterThanOrEqual(map.y - 1)
    expect(box.y + box.height, `${iso} bottom`).toBeLessThanOrEqual(map.y + map.height + 1)
    expect(box.x, `${iso} left`).toBeGreaterThanOrEqual(map.x - 1)
    expect(box.x + box.width, `${iso} right`).toBeLessThanOrEqual(map.x + map.width + 1)
  }
}

const SETTLED_FRAMES = 10 // frames in a row with nothing moving: Leaflet animates on every frame
const MOVING_FRAMES = 300 // still moving after this many frames: it will not stop (a fly: ~100)

/**
 * Waits until the map has stopped moving: the map pane's position, the container's animation
 * classes, every popup's position and the address stay the same for ten animation frames in a
 * row. A pan, a zoom or a fly changes one of them on every frame it runs, so this waits for the
 * work to end, however slow the machine, where a fixed sleep would guess. Fails when the map is
 * still moving after 300 frames.
 */
export async function mapSettled(page: Page): Promise<void> {
  const moving = await page.evaluate(
    ({ still, most }) =>
      new Promise<string | null>((settled) => {
        const fingerprint = () => {
          const map = document.querySelector<HTMLElement>('.leaflet-container')
          const pane = document.querySelector<HTMLElement>('.leaflet-map-pane')
          const popups = [...document.querySelectorAll<HTMLElement>('.leaflet-popup')] // tooltips' and quick looks'
          return [
            location.href,
            map?.className,
            pane?.style.transform,
            ...popups.map((p) => p.style.transform),
          ].join(' | ')
        }
        let last = fingerprint()
        let unchanged = 0
        let frames = 0
        const tick = () => {
          const now = fingerprint()
          unchanged = now === last ? unchanged + 1 : 0
          last = now
          frames++
          if (unchanged >= still) settled(null)
          else if (frames >= most) settled(now)
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
    { still: SETTLED_FRAMES, most: MOVING_FRAMES },
  )
  if (moving !== null)
    throw new Error(`the map still moves after ${MOVING_FRAMES} frames: ${moving}`)
}

/**
 * Lets the page draw `count` more frames: for a test that checks something does NOT happen
 * after an event, a window measured in the page's own work rather than in seconds.
 */
export async function framesDrawn(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (left) =>
      new Promise<void>((done) => {
        const tick = () => (--left <= 0 ? done() : requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
    count,
  )
}

/**
 * The open selection's card (a region's or a place's name, quotes, figures and sources). Tests
 * find it through this helper, never by its markup, so where the card lives (a popup on the map,
 * the side panel, the bottom sheet) can change in one place.
 */
export function selectionCard(page: Page) {
  return page.locator('#root .selection-card') // the app's, not the page's static card (build/card/)
}

/** The open card's close button (×), in either language. */
export function closeCardButton(page: Page) {
  return selectionCard(page).getByRole('button', { name: /^(Close|Cerrar)$/ })
}

/** Drags the map from its centre by `dx` pixels to the right (negative: to the left). */
export async function dragMap(page: Page, dx: number): Promise<void> {
  const box = await page.locator('.leaflet-container').boundingBox()
  if (!box) throw new Error('no map')
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + dx, y, { steps: 8 })
  await page.mouse.up()
}

/** The map's own keys (arrows between regions, Home, ?) are wired: the accessibility chunk loads
 * after the first paint and names the map in the same step (ui/ExplorerAccess.tsx), so a key
 * pressed before then is Leaflet's (a pan), as it would be for a reader. */
export async function mapKeysReady(page: Page): Promise<void> {
  await expect(page.locator('.leaflet-container')).toHaveAttribute('aria-roledescription', /\S/)
}
