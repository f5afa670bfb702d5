/**
 * The geo script as CI runs it: the committed outputs must be exactly what `npm run geo` derives
 * now, and the check must fail, naming the cause, when an input or a script moves on. The
 * failure cases run on a copy of geo/ and data/zones.json in a temporary folder.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, readText } from './read.ts'

const SOUTH = { id: 'macrorregion-sur', kind: 'union', regions: ['PE-CUS', 'PE-PUN'] }

function runGeo(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'geo/build.mjs'), ...args], {
    encoding: 'utf8',
  })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

// Each test runs the geo script in a child process: up to 21 s seen on a loaded 2-core machine.
describe('npm run geo', { timeout: 120_000 }, () => {
  const repo = fileURLToPath(ROOT)
  let copy = ''

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'geo-check-'))
    cpSync(join(repo, 'geo'), join(copy, 'geo'), { recursive: true })
    mkdirSync(join(copy, 'data'))
    cpSync(join(repo, 'data/zones.json'), join(copy, 'data/zones.json'))
    symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'))
  }, 60_000)
  afterAll(() => rmSync(copy, { recursive: true, force: true }))

  it('re-derives byte-identical outputs: the committed files are fresh (--check exits 0)', () => {
    const { status, output } = runGeo(repo, '--check')
    expect(output).toMatch(/up to date/)
    expect(status).toBe(0)
  })

  it('flags geo/zones.json as stale when data/zones.json changes', () => {
    const zones = join(copy, 'data/zones.json')
    writeFileSync(zones, JSON.stringify([SOUTH]))
    const { status, output } = runGeo(copy, '--check')
    writeFileSync(zones, readText('data/zones.json'))
    expect(output).toMatch(/stale.*geo\/zones\.json/)
    expect(output).toMatch(/data\/zones\.json changed/)
    expect(status).toBe(1)
  })

  it('fails naming the file and the record when a zone has an unknown region code', () => {
    const zones = join(copy, 'data/zones.json')
    writeFileSync(zones, JSON.stringify([SOUTH, { ...SOUTH, id: 'typo', regions: ['PE-XXX'] }]))
    const { status, output } = runGeo(copy, '--check')
    writeFileSync(zones, readText('data/zones.json'))
    expect(output).toMatch(/data\/zones\.json: record 1 \("typo"\): unknown region code PE-XXX/)
    expect(status).toBe(1)
  })

  it('flags the outputs as stale when a geo script changes', () => {
    const script = join(copy, 'geo/zones.mjs')
    writeFileSync(script, `${readText('geo/zones.mjs')}// edited\n`)
    const { status, output } = runGeo(copy, '--check')
    writeFileSync(script, readText('geo/zones.mjs'))
    expect(output).toMatch(/geo\/zones\.mjs changed/)
    expect(status).toBe(1)
  })
})
