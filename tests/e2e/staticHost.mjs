// How a plain static host (GitHub Pages, Netlify…) maps an address to a file, shared by the
// browser tests' server (tests/e2e/server.mjs) and the bench's (tests/bench/serve.mjs): files only,
// a folder with a trailing slash serves its index.html, anything else is missing (→ 404.html).
import { existsSync, statSync } from 'node:fs'
import { join, normalize } from 'node:path'

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
}

/** The file a static host serves for `urlPath` below `root`, or null when there is none. */
export function fileFor(root, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const path = normalize(join(root, decoded))
  if (!path.startsWith(root)) return null
  if (existsSync(path) && statSync(path).isDirectory()) {
    const index = join(path, 'index.html')
    return urlPath.endsWith('/') && existsSync(index) ? index : null
  }
  return existsSync(path) ? path : null
}
