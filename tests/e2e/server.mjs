// A static file server for the browser tests, behaving like a plain static host (GitHub Pages,
// Netlify…): it serves the files in dist/ and nothing else; a folder serves its index.html; a
// missing path gets dist/404.html with status 404. No rewrites, no SPA fallback.
// Usage: node tests/e2e/server.mjs [port] [folder]
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'

const PORT = Number(process.argv[2] ?? 4173)
const ROOT = resolve(process.argv[3] ?? 'dist')
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}

function fileFor(urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const path = normalize(join(ROOT, decoded))
  if (!path.startsWith(ROOT)) return null
  if (existsSync(path) && statSync(path).isDirectory()) {
    const index = join(path, 'index.html')
    return urlPath.endsWith('/') && existsSync(index) ? index : null
  }
  return existsSync(path) ? path : null
}

createServer((req, res) => {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname
  const file = fileFor(urlPath)
  const status = file ? 200 : 404
  const served = file ?? join(ROOT, '404.html')
  const delay = Number(process.env.DELAY_DATA_MS ?? 0)
  const send = () => {
    res.writeHead(status, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' })
    createReadStream(served).pipe(res)
  }
  if (delay > 0 && served.endsWith('.json')) setTimeout(send, delay)
  else send()
}).listen(PORT, '127.0.0.1', () => {
  console.log(`serving ${ROOT} on http://127.0.0.1:${PORT}/`)
})
