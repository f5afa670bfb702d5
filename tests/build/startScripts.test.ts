/**
 * The start scripts over the built site (src/build/startScript.ts): a page that addresses
 * anything relative to itself runs its folder's start.js before the first such address, so a
 * link with an empty segment (`/region/cusco//`) resolves all of them, the app's module, its
 * stylesheet, the static map's script and its links, from the page's own folder. Each page
 * folder and each folder above it holds a start.js (`/region/cusco` loads `region/start.js`).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DIST, pageFolders, readPage, requireBuild } from './dist.ts'

const START_TAG = '<script src="./start.js"></script>'
/** An address relative to the page in a src or href attribute (`./`, `../`, `assets/…`). */
const RELATIVE = /\s(?:src|href)="(?![a-z][a-z\d+.-]*:|\/|#)[^"]/i

beforeAll(requireBuild)

describe('the start script', () => {
  it('runs before the first address a page gives relative to itself', () => {
    let relativePages = 0
    for (const folder of pageFolders()) {
      const html = readPage(folder)
      const first = RELATIVE.exec(html)
      if (!first) {
        expect(html, folder).not.toContain(START_TAG) // SITE_URL: every address from the root
        continue
      }
      relativePages++
      const start = html.indexOf(START_TAG)
      expect(start, `${folder}: no start script`).toBeGreaterThan(-1)
      // The first relative address is the start script's own.
      expect(first.index, `${folder}: ${first[0]}… comes before the start script`).toBe(
        start + '<script'.length,
      )
    }
    // The build the tests run on has no SITE_URL (tests/run.mjs); with one this count is 0.
    console.log(`start script: ${relativePages} pages address their assets relative to themselves`)
  })

  it('is in every folder a relative page lives in, and in the folders above it', () => {
    for (const folder of pageFolders()) {
      if (!readPage(folder).includes(START_TAG)) continue
      const parts = folder.split('/').filter(Boolean)
      for (let i = 0; i <= parts.length; i++) {
        const file = join(DIST, ...parts.slice(0, i), 'start.js')
        expect(existsSync(file), file).toBe(true)
      }
    }
  })
})
