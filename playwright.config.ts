/**
 * Browser tests: the built site served by a plain static server, driven in Debian's chromium
 * (never a downloaded browser), with every request outside the site refused, so tiles and
 * anything else from the network are blocked as on the build machine.
 *
 * Environment (all optional):
 * - CHROMIUM_PATH: the browser (default /usr/bin/chromium, Debian's package);
 * - E2E_PORT: the test server's port (default: a free port, picked once per run);
 * - E2E_DIST: the built site to test (default dist/; `npm test` builds a folder of its own).
 *
 * Timeouts are budgets for a loaded 2-core machine, several times what one needed (six
 * developers' builds and tests sharing the two cores, load average 17-37): they decide how long a
 * broken test takes to report, not whether a slow one passes.
 */
import { execFileSync } from 'node:child_process'
import { defineConfig, devices } from '@playwright/test'

const TEST_TIMEOUT_MS = 180_000 // the longest test took 40 s on that machine, most under 20 s
const EXPECT_TIMEOUT_MS = 30_000 // opening an address and drawing the map took up to 11 s there
const SERVER_TIMEOUT_MS = 60_000 // the static server starts at once, once node has started

/**
 * A port nobody listens on, asked of the system. Playwright evaluates this file again in every
 * worker; the port is chosen once, in the runner, and handed to the workers in the environment
 * (they inherit it), so all of them talk to the one server.
 */
function freePort(): string {
  const ask = `const s = require('node:net').createServer().listen(0, '127.0.0.1', () => {
    process.stdout.write(String(s.address().port)); s.close() })`
  return execFileSync(process.execPath, ['-e', ask], { encoding: 'utf8' }).trim()
}
process.env.E2E_PORT ||= freePort()
// The link fuzzer's seed, also chosen once, so that every batch of a run prints the same one.
process.env.FUZZ_SEED ||= String(Math.floor(Math.random() * 2 ** 31))

const PORT = Number(process.env.E2E_PORT)
const DIST = process.env.E2E_DIST || 'dist'
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/e2e/results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: TEST_TIMEOUT_MS,
  expect: { timeout: EXPECT_TIMEOUT_MS },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
  },
  projects: [
    { name: 'desktop', testIgnore: /mobile\.spec\.ts/ },
    {
      name: 'mobile',
      testMatch: /mobile\.spec\.ts/,
      use: {
        ...devices['iPhone 13'],
        viewport: { width: 390, height: 844 },
        defaultBrowserType: 'chromium',
        browserName: 'chromium',
      },
    },
  ],
  webServer: {
    command: `node tests/e2e/server.mjs ${PORT} ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: SERVER_TIMEOUT_MS,
  },
})
