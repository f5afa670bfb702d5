/**
 * Browser tests: the built site (dist/) served by a plain static server, driven in Debian's
 * chromium (never a downloaded browser), with every request outside the site refused, so tiles and
 * anything else from the network are blocked as on the build machine.
 */
import { defineConfig, devices } from '@playwright/test'

// Several people may run the suite at once on one machine: each can pick a port and a build folder
// (E2E_PORT=4190 E2E_DIST=.cache/dist-mine, after `vite build --outDir .cache/dist-mine`).
const PORT = Number(process.env.E2E_PORT ?? 4173)
const DIST = process.env.E2E_DIST ?? 'dist'
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
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
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
    timeout: 20_000,
  },
})
