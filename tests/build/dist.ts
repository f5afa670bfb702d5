/**
 * Reading the built site for the build-output tests: the folder (dist/, or E2E_DIST when a run
 * built elsewhere, as the browser tests do), its pages, and the script graph of a page.
 *
 * A page's initial JavaScript is the module script it loads, the chunks it preloads
 * (`<link rel="modulepreload">`) and, transitively, every chunk those import statically
 * (`import{a}from"./x.js"`). Chunks reached only through `import("./x.js")` load later and are
 * not initial; the geometry and data are such chunks (budget.test.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

export const DIST = resolve(process.env.E2E_DIST ?? 'dist')

export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`no build in ${DIST}: run \`vite build\` first (or set E2E_DIST)`)
  }
}

/** Every index.html below the root, as page folders: '', 'region/ayacucho/', … */
export function pageFolders(): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name === 'index.html') {
        const folder = relative(DIST, dir)
        found.push(folder ? `${folder.split('\\').join('/')}/` : '')
      }
    }
  }
  walk(DIST)
  return found.sort()
}

export function readPage(folder: string): string {
  return readFileSync(join(DIST, folder, 'index.html'), 'utf8')
}

/** Gzipped size at zlib's default level, as Vite's build report prints it. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file)).length
}

const QUOTED = '["\'`]([^"\'`]+)["\'`]'
const STATIC_IMPORT = new RegExp(
  `(?:\\bimport|\\bexport)\\s*(?:[\\w$*{}\\s,]*?\\s*from\\s*)?${QUOTED}`,
  'g',
)
const DYNAMIC_IMPORT = new RegExp(`\\bimport\\(\\s*${QUOTED}\\s*\\)`, 'g')

function relativeSpecifiers(code: string, pattern: RegExp): string[] {
  return [...code.matchAll(pattern)]
    .map((m) => m[1] ?? '')
    .filter((s) => s.startsWith('./') || s.startsWith('../'))
}

/**
 * The files a page's HTML loads at once: module scripts, module preloads, stylesheets, and in a
 * build without SITE_URL the start script in the page's folder (src/build/startScript.ts), one
 * more script.
 */
export function htmlAssets(
  html: string,
  pageFile: string,
): { scripts: string[]; styles: string[] } {
  const at = (href: string) => resolve(dirname(pageFile), href)
  const scripts = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => at(m[1] ?? ''))
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    at(m[1] ?? ''),
  )
  const start = startScriptOf(html, pageFile)
  return { scripts: [...scripts, ...(start ? [start] : [])], styles }
}

/** The start script a page built without SITE_URL runs first, as a file, or null. */
export function startScriptOf(html: string, pageFile: string): string | null {
  return html.includes('<script src="./start.js"></script>')
    ? join(dirname(pageFile), 'start.js')
    : null
}

/** The initial chunks (entry + static imports, transitively) and what they import dynamically. */
export function scriptGraph(entries: string[]): { initial: string[]; lazy: string[] } {
  const initial = new Set<string>()
  const lazy = new Set<string>()
  const queue = [...entries]
  while (queue.length > 0) {
    const file = queue.shift() as string
    if (initial.has(file)) continue
    initial.add(file)
    const code = readFileSync(file, 'utf8')
    for (const spec of relativeSpecifiers(code, STATIC_IMPORT)) {
      const target = resolve(dirname(file), spec)
      if (existsSync(target)) queue.push(target)
    }
    for (const spec of relativeSpecifiers(code, DYNAMIC_IMPORT)) {
      lazy.add(resolve(dirname(file), spec))
    }
  }
  return { initial: [...initial], lazy: [...lazy].filter((f) => !initial.has(f)) }
}
