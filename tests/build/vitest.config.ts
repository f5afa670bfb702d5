/**
 * The build-output tests (`npm run test:build`): budgets, link previews and images, read from the
 * built site (dist/, or E2E_DIST when a run builds elsewhere). Run after `vite build`; kept out of
 * `npm run test:unit`, which needs no build.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    // Budgets for a loaded 2-core machine: reading every built page is quick on an idle one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
