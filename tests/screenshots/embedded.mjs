// The README's picture of the map embedded in a newsroom's article: serves a built site (the
// embed and embed.js) on one port and a sample article page on another (a second origin, as a
// newsroom's site would be), opens the article in Debian's chromium and writes
// tests/screenshots/embedded-article.png. Not a test; run it after a build when the embed changes:
//   npm run build && node tests/screenshots/embedded.mjs [built folder, default dist]
// The article's text is a placeholder: it states nothing about Peru.
import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const DIST = process.argv[2] ?? 'dist'
const OUT = fileURLToPath(new URL('embedded-article.png', import.meta.url))
const VIEWPORT = { width: 1000, height: 860 } // px: the article's column with the map and text around it
const EMBED = 'embed/region/ayacucho/?lang=en&layers=article,south,deaths'

const CSS = `body { margin: 0; background: #fff; color: #222; font: 18px/1.55 Georgia, "DejaVu Serif", serif; }
header { border-bottom: 3px solid #222; padding: 14px 40px; font: 700 22px/1 "DejaVu Sans", sans-serif; letter-spacing: 0.04em; }
main { max-width: 720px; margin: 0 auto; padding: 8px 20px 40px; }
h1 { font-size: 34px; line-height: 1.15; margin: 22px 0 8px; }
.byline { color: #666; font: 14px "DejaVu Sans", sans-serif; margin: 0 0 20px; }
iframe { display: block; width: 100%; border: 0; margin: 22px 0 6px; }
.caption { color: #666; font: 13px "DejaVu Sans", sans-serif; margin: 0 0 22px; }`

function article(site) {
  const policy = `default-src 'self'; script-src 'self' ${site}; frame-src ${site}; style-src 'self'; img-src 'self'`
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <title>A sample article</title>
    <link rel="stylesheet" href="/article.css" />
  </head>
  <body>
    <header>THE SAMPLE GAZETTE</header>
    <main>
      <h1>A newsroom’s article with the map embedded</h1>
      <p class="byline">Placeholder text: this page shows where the embed code goes.</p>
      <p>The article’s opening paragraphs go here. The map below is the code from the map’s Share panel, pasted into the page as it is: an iframe, the resize script and a plain link.</p>
      <iframe id="map" src="${site}/${EMBED}" title="Ayacucho — Peru, December 2022" width="100%" height="450" loading="lazy" allowfullscreen frameborder="0"></iframe>
      <script src="${site}/embed.js" async></script>
      <p class="caption">The map sets its own height through embed.js; readers scroll past it with the wheel or one finger.</p>
      <p>The article goes on after the map.</p>
    </main>
  </body>
</html>`
}

function listen(server) {
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server.address().port)))
}

const probe = createServer()
const freePort = await listen(probe) // a free port for the site's server, released at once
await new Promise((done) => probe.close(done))
const site = spawn(process.execPath, ['tests/e2e/server.mjs', String(freePort), DIST], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise((done) => site.stdout.once('data', done))
const siteOrigin = `http://127.0.0.1:${freePort}`
const host = createServer((req, res) => {
  if (req.url === '/article.css') {
    res.writeHead(200, { 'content-type': 'text/css' })
    res.end(CSS)
    return
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
  res.end(article(siteOrigin))
})
const hostPort = await listen(host)

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
try {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort())
  await page.goto(`http://127.0.0.1:${hostPort}/`)
  const frame = page.frameLocator('#map')
  await frame.locator('.leaflet-container.map-complete').waitFor()
  await frame.locator('.region-label').first().waitFor()
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: OUT })
  console.log(`wrote ${OUT}`)
} finally {
  await browser.close()
  host.close()
  site.kill()
}
