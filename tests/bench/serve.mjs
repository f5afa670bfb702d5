// The bench's static server: tests/e2e/server.mjs's behaviour (files only, a folder serves its
// index.html, a missing path gets 404.html with status 404) plus what every real static host
// does and Lighthouse counts: gzip for text (GitHub Pages, Netlify and Cloudflare all compress).
// Usage: node tests/bench/serve.mjs <port> <folder>
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const PORT = Number(process.argv[2] ?? 4291)
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
}
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.geojson', '.svg', '.txt'])
const gzipped = new Map() // file → gzip body, made once

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
  const file = fileFor(new URL(req.url ?? '/', 'http://localhost').pathname)
  const served = file ?? join(ROOT, '404.html')
  const headers = { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' }
  let body = readFileSync(served)
  if (COMPRESSED.has(extname(served)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    if (!gzipped.has(served)) gzipped.set(served, gzipSync(body))
    body = gzipped.get(served)
    headers['content-encoding'] = 'gzip'
    headers.vary = 'accept-encoding'
  }
  res.writeHead(file ? 200 : 404, headers)
  res.end(body)
}).listen(PORT, '127.0.0.1', () => {
  console.log(`serving ${ROOT} on http://127.0.0.1:${PORT}/ (gzip)`)
})
