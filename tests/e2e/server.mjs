// A static file server for the browser tests, behaving like a plain static host (GitHub Pages,
// Netlify…): it serves the files in dist/ and nothing else; a folder serves its index.html; a
// missing path gets dist/404.html with status 404. No rewrites, no SPA fallback.
// Usage: node tests/e2e/server.mjs [port] [folder]
import { createReadStream } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, resolve } from 'node:path'
import { fileFor, TYPES } from './staticHost.mjs'

const PORT = Number(process.argv[2] ?? 4173)
const ROOT = resolve(process.argv[3] ?? 'dist')

createServer((req, res) => {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname
  const file = fileFor(ROOT, urlPath)
  const status = file ? 200 : 404
  const served = file ?? join(ROOT, '404.html')
  res.writeHead(status, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' })
  createReadStream(served).pipe(res)
}).listen(PORT, '127.0.0.1', () => {
  console.log(`serving ${ROOT} on http://127.0.0.1:${PORT}/`)
})
