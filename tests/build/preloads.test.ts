/**
 * Preloads over the built site: every map page (the root, each region and place page, 404.html)
 * asks for React DOM and the first view's geometry and data chunks from its HTML, beside the entry, rather than
 * after the entry has run; the index pages, which have no map, and
 * the embed's pages, which load the embed's own bundle, ask for none. The policy holds.
 */
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { pageProblems } from '../../src/build/csp.ts'
import { DIST, pageFolders, requireBuild, scriptGraph } from './dist.ts'

beforeAll(requireBuild)

const FIRST_VIEW = ['peru-regions', 'basemap', 'zones', 'data-view']
const START = ['reactDom'] // React DOM, evaluated in a task of its own (main.tsx)

/** The files the page at `file` preloads. */
function preloadsOf(html: string, file: string): string[] {
  const tags = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map(
    (m) => m[1] ?? '',
  )
  const base = file.endsWith('404.html') ? DIST : dirname(file)
  const hrefs = tags.map((h) => (h.startsWith('/') ? join(DIST, h) : resolve(base, h)))
  return hrefs
}

/** The page's module script (its entry), as a file. */
function entryOf(html: string, file: string): string {
  const tag = /<script type="module" crossorigin src="([^"]+)">/.exec(html)?.[1] ?? ''
  return resolve(dirname(file), tag)
}

describe('the first view is preloaded from the HTML', () => {
  it('preloads React DOM and the regions, neighbours, zones and places chunks the entry imports later', () => {
    const page = join(DIST, 'index.html')
    const html = readFileSync(page, 'utf8')
    const { initial, lazy } = scriptGraph([entryOf(html, page)])
    // Vite preloads the entry's own static imports (a shared chunk, counted in the initial
    // JavaScript's budget); the plugin's preloads are the rest: the start and first-view chunks
    // the entry imports dynamically, and what those import statically.
    const preloaded = preloadsOf(html, page).filter((file) => !initial.includes(file))
    const named = (name: string) => preloaded.filter((f) => basename(f).startsWith(`${name}-`))
    for (const name of [...FIRST_VIEW, ...START]) expect(named(name), name).toHaveLength(1)
    const roots = [...FIRST_VIEW, ...START].flatMap(named)
    for (const file of roots) {
      expect(existsSync(file), file).toBe(true)
      expect(lazy, `${basename(file)} is one of the entry's dynamic imports`).toContain(file)
    }
    const needed = scriptGraph(roots).initial.filter((file) => !initial.includes(file))
    expect(preloaded.map((f) => basename(f)).sort()).toEqual(needed.map((f) => basename(f)).sort())
    expect(named('details-data')).toEqual([]) // after the first view: not preloaded
  })

  it('puts the same preloads in every map page, at its own depth, and none in the index or embed pages', () => {
    const home = join(DIST, 'index.html')
    const root = preloadsOf(readFileSync(home, 'utf8'), home)
    const pages = [...pageFolders().map((f) => join(DIST, f, 'index.html')), join(DIST, '404.html')]
    for (const file of pages) {
      const html = readFileSync(file, 'utf8')
      const folder = file.slice(DIST.length + 1, -'index.html'.length)
      expect(pageProblems(html), file).toEqual([])
      if (folder === 'region/' || folder === 'place/' || folder.startsWith('embed/')) {
        expect(preloadsOf(html, file), file).toEqual([])
        continue
      }
      expect(preloadsOf(html, file), file).toEqual(root)
    }
  })
})
