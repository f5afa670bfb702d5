/**
 * A newsroom's article page (the map near its top: Chrome throttles the frames of cross-origin
 * iframes out of view) for the embed tests, served from a second origin (its own local port):
 * a long text, the map's iframe from the site's origin, and the site's optional resize script,
 * under a strict policy of its own (no inline script or style). Its script records every message
 * the frame posts, so tests can read them.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Host {
  origin: string
  close: () => Promise<void>
}

const FILLER = '<p class="filler">The article goes on after the map.</p>'

function article(site: string, embedPath: string, frameHeight: number): string {
  const policy = `default-src 'self'; script-src 'self' ${site}; frame-src ${site}; style-src 'self'; object-src 'none'`
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <title>A newsroom's article</title>
    <link rel="stylesheet" href="/host.css" />
    <script src="/record.js"></script>
  </head>
  <body>
    <h1>A newsroom's article</h1>
    <p>The article before the map.</p>
    <iframe id="map" src="${site}/${embedPath}" title="Peru, December 2022" width="100%" height="${frameHeight}" loading="lazy" allowfullscreen frameborder="0"></iframe>
    <script src="${site}/embed.js" async></script>
    ${FILLER}
  </body>
</html>`
}

const CSS = '.filler { height: 1400px; margin: 0; } iframe { display: block; width: 700px; }'
const RECORD = `window.__messages = [];
window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));`

/** Starts the article's server; `/?embed=<path>&height=<px>` is the article around that embed. */
export async function startHost(site: string): Promise<Host> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid')
    const types: Record<string, [string, string]> = {
      '/host.css': ['text/css', CSS],
      '/record.js': ['text/javascript', RECORD],
    }
    const file = types[url.pathname]
    if (file) {
      res.writeHead(200, { 'content-type': file[0] })
      res.end(file[1])
      return
    }
    const embed = url.searchParams.get('embed') ?? 'embed/'
    const height = Number(url.searchParams.get('height') ?? 450)
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(article(site, embed, height))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  }
}
