/**
 * What every static host must do with the built site, at the host's root, in a folder, and (the
 * default build, without SITE_URL) at any depth: every region and place page answers 200, the map
 * starts, the index pages list everything, links spelled without the trailing slash or with
 * empty segments open their region or place at the canonical address, and a missing path gets the
 * 404 page with its notice. hosts-nginx.spec.ts and hosts-serve.spec.ts run it on one server each.
 *
 * Without SITE_URL each page starts from a small script in its own folder, which rewrites the
 * address to the canonical one before anything relative is loaded (src/build/startScript.ts), so
 * every spelling works at any depth too; but 404.html assumes the host's root, so the 404 check
 * runs on the builds that know their base (README, "Where the site lives").
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, openMap, selectionCard, test } from './fixtures.ts'
import { freePort, type Host, type HostKind, MOUNTS, startHost } from './hosts.ts'

/** Every page folder below region/ and place/ of a build: the share links' pages. */
function linkPages(dist: string): string[] {
  return ['region', 'place'].flatMap((kind) =>
    readdirSync(join(dist, kind), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${kind}/${entry.name}/`),
  )
}

const SPELLINGS: [string, string, string][] = [
  // address below the site, canonical address, a name the selection's card shows
  ['region/cusco', 'region/cusco/', 'Cusco'],
  ['region/cusco//', 'region/cusco/', 'Cusco'],
  ['region/cusco/%2F/', 'region/cusco/', 'Cusco'],
  ['region//cusco/', 'region/cusco/', 'Cusco'],
  ['place/antamina', 'place/antamina/', 'Antamina'],
  ['place/antamina//?lang=es#map=8/-9.500/-77.000', 'place/antamina/?lang=es', 'Antamina'],
]

export function describeHost(kind: HostKind): void {
  for (const mount of MOUNTS) {
    const port = freePort()
    const knowsBase = mount.siteUrl !== null
    const built = knowsBase ? `SITE_URL …${mount.prefix}` : 'no SITE_URL'
    test.describe(`${kind}, the site at ${mount.prefix} (${built})`, () => {
      test.describe.configure({ mode: 'serial' })
      test.use({ baseURL: `http://127.0.0.1:${port}` })
      let host: Host | null = null
      test.beforeAll(async () => {
        test.setTimeout(300_000) // may build the site first (about 10 s idle, minutes when busy)
        host = await startHost(kind, mount, port)
      })
      test.afterAll(async () => {
        await host?.stop()
      })
      const at = (path: string) => `${mount.prefix}${path}`

      test('every region and place page answers 200 with its own page', async () => {
        const pages = linkPages(mount.dist())
        expect(pages.length).toBeGreaterThanOrEqual(135)
        const failed: string[] = []
        for (const path of pages) {
          const response = await fetch(`http://127.0.0.1:${port}${at(path)}`)
          const html = await response.text()
          if (response.status !== 200 || !html.includes('<title>')) {
            failed.push(`${at(path)}: ${response.status}`)
          }
        }
        expect(failed).toEqual([])
      })

      test('the map starts on the home, a region, an ISO-code and a place page', async ({
        page,
      }) => {
        for (const path of ['', 'region/ayacucho/', 'region/PE-CUS/', 'place/antamina/']) {
          await openMap(page, at(path))
        }
        await expect(page).toHaveURL((url) => url.pathname === at('place/antamina/')) // #map= may follow
        await expect(selectionCard(page)).toContainText('Antamina')
      })

      test('/region/ and /place/ list every region and place, in the reader’s language', async ({
        page,
      }) => {
        const region = await page.goto(at('region/'))
        expect(region?.status()).toBe(200)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText("Peru's 26 regions")
        await expect(page.getByRole('main').getByRole('link')).toHaveCount(26)
        await page.getByRole('main').getByRole('link', { name: 'Ayacucho' }).click()
        await expect(page).toHaveURL((url) => url.pathname === at('region/ayacucho/'))
        await expect(page.locator('path.region')).toHaveCount(26)
        await expect(selectionCard(page)).toContainText('Ayacucho')

        const place = await page.goto(at('place/?lang=es'))
        expect(place?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('lang', 'es')
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Los lugares del mapa')
        await expect(page).toHaveTitle(/^Los lugares del mapa/)
        const antamina = page
          .getByRole('main')
          .getByRole('link', { name: /Antamina/ })
          .first()
        await expect(antamina).toHaveAttribute('href', /place\/antamina\/\?lang=es$/)
        await antamina.click()
        await expect(page.locator('path.region')).toHaveCount(26)
        await expect(page.locator('html')).toHaveAttribute('lang', 'es')
      })

      test('links without the trailing slash or with empty segments open at the canonical address', async ({
        page,
      }) => {
        for (const [spelling, canonical, name] of SPELLINGS) {
          await page.goto(at(spelling))
          await expect(page.locator('path.region'), spelling).toHaveCount(26)
          await expect(page, spelling).toHaveURL(
            (url) => `${url.pathname}${url.search}` === at(canonical),
          )
          await expect(selectionCard(page), spelling).toContainText(name)
          await expect(page.getByRole('alert'), spelling).toHaveCount(0)
          // The static map's own script loaded from there too: it hands over to the live map
          // (else it would stay over it).
          await expect(page.locator('#static-frame'), spelling).toBeHidden()
        }
      })

      if (!knowsBase) return

      test('a path that names nothing gets the 404 page and its notice', async ({ page }) => {
        const missing: [string, string][] = [
          ['region/atlantis/', 'atlantis'],
          ['region/cusco/extra/', 'region/cusco/extra/'],
          ['nothing/here', 'nothing/here'],
        ]
        for (const [path, quoted] of missing) {
          const response = await page.goto(at(path))
          expect(response?.status(), path).toBe(404)
          await expect(page.locator('path.region'), path).toHaveCount(26)
          await expect(page.getByRole('alert'), path).toContainText(quoted)
        }
      })
    })
  }
}
