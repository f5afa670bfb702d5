/**
 * Build and test set-up. The base comes from SITE_URL (src/build/base.ts): its path when set
 * (`/peru/`), else relative ('./'), so the built site works from any folder of any static host;
 * the prerender step (src/build) writes a page per share link.
 */
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { viteBase } from './src/build/base.ts'
import { checkData } from './src/build/checkData.ts'
import { csp } from './src/build/csp.ts'
import { publishDownload } from './src/build/download.ts'
import { embedSite } from './src/build/embedBundle.ts'
import { indexPagesPlugin } from './src/build/indexPages.ts'
import { preloads } from './src/build/preloads.ts'
import { prerender } from './src/build/prerender.ts'
import { startScripts } from './src/build/startScript.ts'

export default defineConfig({
  base: viteBase(),
  // indexPagesPlugin reads the built index.html before prerender rewrites it as the home page.
  plugins: [
    checkData(),
    react(),
    preloads(),
    indexPagesPlugin(),
    prerender(),
    embedSite(),
    startScripts(), // builds without SITE_URL: each page starts from its own folder
    csp(),
    publishDownload(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the map supports preloads modules natively (Chromium 66, Safari 17, Firefox
    // 115); the polyfill cost 0.24 KB gzip of the initial JavaScript's budget.
    modulePreload: { polyfill: false },
    // The bundled dependencies' licences travel with the site (the Hippocratic License of
    // react-leaflet asks for its notice to be kept): dist/licenses.md.
    license: { fileName: 'licenses.md' },
  },
  test: {
    include: ['tests/{unit,data,geo}/**/*.test.{ts,tsx}'],
    // Budgets for a loaded 2-core machine, not targets: url.test's 300 KB query took 5.5 s at
    // load average 46 (vitest's default is 5 s); they decide how long a hung test takes to fail.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
  },
})
