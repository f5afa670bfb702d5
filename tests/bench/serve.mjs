// The bench's static server: tests/e2e/server.mjs's behaviour (files only, a folder serves its
// index.html, a missing path gets 404.html with status 404) plus what every real static host
// does and Lighthouse counts: gzip for text (GitHub Pages, Netlify and Cloudflare all compress).
// Usage: node tests/bench/serve.mjs <port> <folder>
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileFor, TYPES } from '../e2e/staticHost.mjs'

const PORT = Number(process.argv[2] ?? 4291)
const ROOT = resolve(process.argv[3] ?? 'dist')
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.geojson', '.svg', '.txt'])
const gzipped = new Map() // file → gzip body, made once

createServer((req, res) => {
  const file = fileFor(ROOT, new URL(req.url ?? '/', 'http://localhost').pathname)
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
