/**
 * Preloads the app's start chunks (START_CHUNKS) and the first view's geometry and data from the HTML. The app imports them dynamically
 * (model/load.ts) so that they stay out of the initial JavaScript's budget; without a preload the
 * browser asks for them only once the 129 KB entry has been fetched and run, a second round trip
 * (PERFORMANCE-2.md, §2.1: requested at 227-297 ms, after the entry). With
 * `<link rel="modulepreload">` they download beside the entry:
 *
 *   <link rel="modulepreload" crossorigin href="./assets/peru-regions-abc.js">
 *
 * The chunks are the entry's dynamic imports whose names say they hold first-view geometry or
 * data, plus what those import statically. Fonts: none (system fonts). Data fetched with fetch():
 * none (it arrives as these chunks), so no `rel=preload as=fetch`.
 */
import { basename } from 'node:path'
import type { HtmlTagDescriptor, Plugin } from 'vite'

/** Chunk names of the first view's geometry and data (Vite names a chunk after its file). */
export const FIRST_VIEW_CHUNKS = /^(peru-regions|basemap|zones|data-view)$/
/**
 * Chunk names of the app's own code that the entry imports dynamically, so that it is evaluated in
 * a task of its own (main.tsx): React DOM (boot/reactDom.ts). Initial JavaScript, preloaded beside
 * the entry and counted in its budget.
 */
export const START_CHUNKS = /^reactDom$/

interface ChunkLike {
  type: 'chunk' | 'asset'
  fileName: string
  name?: string
  imports?: string[]
  dynamicImports?: string[]
}

/** The files to preload: the entry's start and first-view dynamic imports, and their static imports. */
export function firstViewFiles(
  entry: ChunkLike,
  bundle: Readonly<Record<string, ChunkLike>>,
): string[] {
  const files = new Set<string>()
  const add = (file: string) => {
    const chunk = bundle[file]
    if (chunk?.type !== 'chunk' || files.has(file)) return
    files.add(file)
    for (const dep of chunk.imports ?? []) add(dep)
  }
  for (const file of entry.dynamicImports ?? []) {
    const chunk = bundle[file]
    const name = chunk?.name ?? basename(file)
    if (chunk?.type === 'chunk' && (FIRST_VIEW_CHUNKS.test(name) || START_CHUNKS.test(name))) {
      add(file)
    }
  }
  // The entry and its static imports are loaded (and preloaded by Vite) already.
  const loaded = new Set([entry.fileName, ...(entry.imports ?? [])])
  return [...files].filter((file) => !loaded.has(file)).sort()
}

export function preloads(): Plugin {
  let base = './'
  return {
    name: 'peru-map-preloads',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx): HtmlTagDescriptor[] {
        if (!ctx.bundle || !ctx.chunk) return []
        const bundle = ctx.bundle as unknown as Record<string, ChunkLike>
        return firstViewFiles(ctx.chunk as unknown as ChunkLike, bundle).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head',
        }))
      },
    },
  }
}
