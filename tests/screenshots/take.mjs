// Takes the README's screenshots of the first load, from the built site, in Debian's chromium:
// public/screenshot.png (1280×800) and public/screenshot-phone.png (390×844, a phone).
// Requests leaving the site are refused, as in the browser tests. JPEG would be smaller, but the
// map's flat colours and text compress well as PNG at device scale 1.
// Usage: npm run build && node tests/screenshots/take.mjs [dist]
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { chromium } from 'playwright-core'

const DIST = process.argv[2] ?? 'dist'
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync']
const SHOTS = [
  { file: 'public/screenshot.png', viewport: { width: 1280, height: 800 }, mobile: false },
  { file: 'public/screenshot-phone.png', viewport: { width: 390, height: 844 }, mobile: true },
]

const port = await new Promise((done) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port
    s.close(() => done(p))
  })
})
const server = spawn(process.execPath, ['tests/e2e/server.mjs', String(port), DIST], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise((done) => server.stdout.once('data', done))
const origin = `http://127.0.0.1:${port}`
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      isMobile: shot.mobile,
      hasTouch: shot.mobile,
      locale: 'en-GB',
    })
    const page = await context.newPage()
    await page.route('**/*', (r) =>
      r.request().url().startsWith(origin) ? r.continue() : r.abort('blockedbyclient'),
    )
    await page.goto(`${origin}/?lang=en`)
    await page.locator('path.region').nth(25).waitFor()
    await page.locator('.map-legend-toggle').waitFor()
    await page.locator('.timeline-dock *').first().waitFor()
    await page.evaluate(() => document.fonts.ready)
    await page.screenshot({ path: shot.file })
    console.log(`wrote ${shot.file}`)
    await context.close()
  }
} finally {
  await browser.close()
  server.kill()
}
