/**
 * The Turf detector (turf.ts) can fail: each package's markers are found in its own published
 * source and in a minified production bundle of an entry that imports it, and not in a bundle of
 * the other. Without this, a marker that minification rewrites would let the budget pass forever.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { OutputChunk, RolldownOutput } from 'rolldown'
import { build } from 'vite'
import { describe, expect, it } from 'vitest'
import { turfIn } from './turf.ts'

const require = createRequire(import.meta.url)
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))

async function minified(entry: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'entry' },
    },
  })) as RolldownOutput | RolldownOutput[]
  const outputs = Array.isArray(output) ? output : [output]
  return outputs
    .flatMap((o) => o.output)
    .filter((o): o is OutputChunk => o.type === 'chunk')
    .map((c) => c.code)
    .join('\n')
}

const packages = (code: string) => turfIn(code).map((f) => f.pkg)

describe('the Turf detector', () => {
  it("finds union and simplify in their packages' own source", () => {
    const source = (spec: string) => readFileSync(require.resolve(spec), 'utf8')
    expect(packages(source('@turf/union'))).toContain('@turf/union')
    expect(packages(source('polyclip-ts'))).toContain('@turf/union')
    expect(packages(source('@turf/simplify'))).toEqual(['@turf/simplify'])
  })

  it('finds union in a minified bundle that imports it, and not simplify', async () => {
    expect(packages(await minified(fixture('turf-union.ts')))).toEqual(['@turf/union'])
  })

  it('finds simplify in a minified bundle that imports it, and not union', async () => {
    expect(packages(await minified(fixture('turf-simplify.ts')))).toEqual(['@turf/simplify'])
  })

  it('finds nothing in code without them', () => {
    expect(turfIn('export const union = (a, b) => [a, b]; // simplify later')).toEqual([])
  })
})
