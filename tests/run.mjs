// The part of `npm test` that needs a build: builds the site into a folder of this run's own,
// runs the build-output tests (tests/build) and the browser tests (tests/e2e) on it, and prints
// how long each step took. Its own build folder, and the free port playwright.config.ts picks,
// let a second `npm test` run on the same machine at the same time without pulling the site
// from under the first. A passing run removes its folder; a failing one keeps it (the site as
// tested, and the browser tests' screenshots) and says where.
// Usage: node tests/run.mjs [playwright arguments, e.g. --grep layers]; then Lighthouse (below).
// E2E_DIST=<folder> builds into that folder instead, and keeps it.
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from './freePort.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(ROOT, 'node_modules', '.bin')
const RUN = join(ROOT, '.cache', `test-run-${process.pid}`)
const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(RUN, 'dist')
const RESULTS = join(RUN, 'results')
// The same site built knowing where it lives, at a host's root and in a folder, for the static
// host tests (tests/e2e/hosts.ts); the default build above has no SITE_URL. The root one is
// built for the address Lighthouse serves it from (tests/lighthouse/run.mjs), which reuses it.
const DIST_ROOT = join(RUN, 'dist-root')
const DIST_FOLDER = join(RUN, 'dist-folder')
const LIGHTHOUSE_PORT = process.env.LIGHTHOUSE_PORT || String(await freePort())
const env = {
  ...process.env,
  E2E_DIST: DIST,
  E2E_DIST_ROOT: DIST_ROOT,
  E2E_DIST_FOLDER: DIST_FOLDER,
  LIGHTHOUSE_DIST: DIST_ROOT,
  LIGHTHOUSE_PORT,
}

let current = null
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    current?.kill(signal)
    process.exit(130)
  })
}

/** Runs one step to its end; resolves with its exit code. */
function step(name, command, args, extraEnv = {}) {
  const started = Date.now()
  console.log(`\n▶ ${name}`)
  return new Promise((done) => {
    const stepEnv = { ...env, ...extraEnv }
    const file = command === 'node' ? process.execPath : join(BIN, command)
    current = spawn(file, args, { cwd: ROOT, env: stepEnv, stdio: 'inherit' })
    current.on('exit', (code, signal) => {
      current = null
      console.log(`◀ ${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`)
      done(code ?? (signal ? 1 : 0))
    })
  })
}

mkdirSync(RUN, { recursive: true })
const build = (outDir) => ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']
const steps = [
  ['build', 'vite', build(DIST)],
  [
    'build at a root',
    'vite',
    build(DIST_ROOT),
    { SITE_URL: `http://127.0.0.1:${LIGHTHOUSE_PORT}/` },
  ],
  ['build in a folder', 'vite', build(DIST_FOLDER), { SITE_URL: 'https://peru.example/peru/' }],
  ['build-output tests', 'vitest', ['run', '--config', 'tests/build/vitest.config.ts']],
  ['browser tests', 'playwright', ['test', '--output', RESULTS, ...process.argv.slice(2)]],
]
// Lighthouse (tests/lighthouse/run.mjs: its own build and server, 1-5 min) runs in the full
// suite; a run that picks browser tests (`node tests/run.mjs layers.spec.ts`) adds it with
// LIGHTHOUSE=1.
if (process.argv.length <= 2 || process.env.LIGHTHOUSE === '1') {
  steps.push(['lighthouse', 'node', ['tests/lighthouse/run.mjs']])
}
let failed = null
for (const [name, command, args, extraEnv] of steps) {
  if ((await step(name, command, args, extraEnv)) !== 0) {
    failed = name
    break
  }
}
if (failed) {
  console.error(`\n${failed} failed; the site tested and any screenshots: ${relative(ROOT, RUN)}/`)
  process.exit(1)
}
rmSync(RUN, { recursive: true, force: true })
