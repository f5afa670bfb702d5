/**
 * Bundles src/map/staticFrameBoot.ts (with src/map/frame.ts, the math the app shares) into one
 * small classic script, static-frame.js: pages load it synchronously right after their static
 * map, so it must not be a module (modules are deferred) and must stay tiny (~2 KB).
 */
import { fileURLToPath } from 'node:url'
import { build } from 'rolldown'

const ENTRY = fileURLToPath(new URL('../../map/staticFrameBoot.ts', import.meta.url))

/** The script's code, minified, wrapped in a function so it leaves no globals. */
export async function frameScript(): Promise<string> {
  const result = await build({
    input: ENTRY,
    write: false,
    output: { format: 'iife', minify: true },
  })
  const chunk = result.output.find((o) => o.type === 'chunk')
  if (chunk?.type !== 'chunk') throw new Error('static-frame.js: the bundler wrote no chunk')
  return chunk.code
}
