/**
 * The licences of what the site ships: the production dependency tree (the root's dependencies,
 * transitively; devDependencies build and test the site but are not shipped) read from
 * package-lock.json, each licence read from the installed package's package.json, checked
 * against tests/licences.json (permissive SPDX ids, plus exceptions named one by one with the
 * reason). `npm audit` needs a service this machine cannot reach, so it cannot be the check.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')

interface LockPackage {
  version?: string
  license?: string
  dev?: boolean
  optional?: boolean
  link?: boolean
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}
interface Lockfile {
  lockfileVersion: number
  packages: Record<string, LockPackage>
}
interface Policy {
  allowed: string[]
  exceptions: Record<string, { license: string; reason: string }>
}
interface ShippedPackage {
  path: string // node_modules/a/node_modules/b
  name: string
  version: string
  license: string // as the installed package.json says; '' when it says nothing
}
interface Verdict extends ShippedPackage {
  verdict: 'allowed' | 'exception' | 'refused'
  why: string
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)
}

/** Where npm puts dependency `name` of the package at `from`: nearest node_modules upwards. */
function resolveIn(lock: Lockfile, from: string, name: string): string | null {
  let base = from
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`
    if (lock.packages[candidate]) return candidate
    if (base === '') return null
    const up = base.lastIndexOf('/node_modules/')
    base = up === -1 ? '' : base.slice(0, up)
  }
}

/** The lockfile paths of the production tree: the root's dependencies, transitively. */
function productionPaths(lock: Lockfile): string[] {
  const seen = new Set<string>()
  const queue = ['']
  while (queue.length > 0) {
    const path = queue.shift() ?? ''
    const pkg = lock.packages[path]
    if (!pkg) continue
    const names = [
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.optionalDependencies ?? {}),
      ...(path === '' ? [] : Object.keys(pkg.peerDependencies ?? {})),
    ]
    for (const name of names) {
      const found = resolveIn(lock, path, name)
      const optional =
        name in (pkg.optionalDependencies ?? {}) || name in (pkg.peerDependencies ?? {})
      if (found === null && !optional)
        throw new Error(`${path || 'root'}: ${name} not in the lockfile`)
      if (found !== null && !seen.has(found)) {
        seen.add(found)
        queue.push(found)
      }
    }
  }
  return [...seen].sort()
}

/** A licence from package.json: an SPDX expression, or the old `{ type }` object forms. */
function licenceOf(manifest: Record<string, unknown>): string {
  const { license, licenses } = manifest as {
    license?: string | { type?: string }
    licenses?: { type?: string }[]
  }
  if (typeof license === 'string') return license
  if (license?.type) return license.type
  const old = (licenses ?? []).flatMap((l) => l.type ?? [])
  return old.length > 1 ? `(${old.join(' OR ')})` : (old[0] ?? '')
}

/** Whether an SPDX expression is satisfied by allowed ids (OR: one of them; AND: all). */
function satisfies(expression: string, allowed: ReadonlySet<string>): boolean {
  const bare = expression.trim().replace(/^\((.*)\)$/, '$1')
  if (/[()]/.test(bare)) return false // nested expressions: name the package as an exception
  if (/ OR /.test(bare)) return bare.split(' OR ').some((id) => satisfies(id, allowed))
  if (/ AND /.test(bare)) return bare.split(' AND ').every((id) => satisfies(id, allowed))
  return allowed.has(bare)
}

/** The verdict on each shipped package: allowed, a named exception, or refused (and why). */
function checkLicences(shipped: readonly ShippedPackage[], policy: Policy): Verdict[] {
  const allowed = new Set(policy.allowed)
  return shipped.map((pkg) => {
    const exception = policy.exceptions[pkg.name]
    if (exception) {
      return exception.license === pkg.license
        ? { ...pkg, verdict: 'exception', why: exception.reason }
        : {
            ...pkg,
            verdict: 'refused',
            why: `excepted under ${exception.license}, but now ${pkg.license || 'no licence'}`,
          }
    }
    if (pkg.license === '') return { ...pkg, verdict: 'refused', why: 'no licence declared' }
    return satisfies(pkg.license, allowed)
      ? { ...pkg, verdict: 'allowed', why: '' }
      : { ...pkg, verdict: 'refused', why: `${pkg.license} is not on the allow-list` }
  })
}

function readJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(ROOT, ...parts), 'utf8')) as T
}

describe('the licences of the shipped dependencies', () => {
  const lock = readJson<Lockfile>('package-lock.json')
  const policy = readJson<Policy>('tests', 'licences.json')
  const paths = productionPaths(lock)
  const shipped: ShippedPackage[] = paths.map((path) => {
    const manifest = readJson<Record<string, unknown>>(path, 'package.json')
    return {
      path,
      name: nameOf(path),
      version: String(manifest.version),
      license: licenceOf(manifest),
    }
  })
  const verdicts = checkLicences(shipped, policy)

  it('are read from a v3 lockfile, walking from the root dependencies', () => {
    expect(lock.lockfileVersion).toBe(3)
    expect(shipped.map((p) => p.name)).toEqual(expect.arrayContaining(['leaflet', 'react']))
  })

  it('cover exactly the packages the lockfile does not mark as dev-only', () => {
    const notDev = Object.entries(lock.packages)
      .filter(([path, pkg]) => path !== '' && !pkg.dev && !pkg.link)
      .map(([path]) => path)
      .sort()
    expect(paths).toEqual(notDev)
  })

  it('are the installed versions, with the licences the lockfile records', () => {
    for (const pkg of shipped) {
      expect(pkg.version, pkg.path).toBe(lock.packages[pkg.path]?.version)
      expect(pkg.license, pkg.path).toBe(lock.packages[pkg.path]?.license ?? '')
    }
  })

  it('are all on the allow-list or named exceptions', () => {
    console.log(
      `shipped dependencies (${verdicts.length}):\n${verdicts
        .map((v) => `  ${v.name}@${v.version}  ${v.license}  ${v.verdict}`)
        .join('\n')}`,
    )
    const refused = verdicts.filter((v) => v.verdict === 'refused')
    expect(refused.map((v) => `${v.name}@${v.version}: ${v.why}`)).toEqual([])
  })

  it('are listed in the README with their versions and licences', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const security = readme.slice(readme.indexOf('## Security'))
    for (const pkg of shipped) {
      // Table cells may be padded by the formatter: compare with runs of spaces folded.
      const row = `| \`${pkg.name}\` | ${pkg.version} | ${pkg.license}`
      expect(security.replace(/ {2,}/g, ' ')).toContain(row)
    }
  })

  it('name no exception that nothing needs', () => {
    const used = new Set(verdicts.filter((v) => v.verdict === 'exception').map((v) => v.name))
    expect(Object.keys(policy.exceptions).filter((name) => !used.has(name))).toEqual([])
  })
})

describe('the licence check', () => {
  const policy: Policy = {
    allowed: ['MIT', 'ISC', 'Apache-2.0'],
    exceptions: { odd: { license: 'Hippocratic-2.1', reason: 'named on purpose' } },
  }
  const pkg = (name: string, license: string): ShippedPackage => ({
    path: `node_modules/${name}`,
    name,
    version: '1.0.0',
    license,
  })

  it('refuses a planted copyleft licence, a missing one, and an exception whose licence changed', () => {
    const verdicts = checkLicences(
      [pkg('fine', 'MIT'), pkg('bad', 'GPL-3.0-only'), pkg('silent', ''), pkg('odd', 'SSPL-1.0')],
      policy,
    )
    expect(verdicts.map((v) => [v.name, v.verdict])).toEqual([
      ['fine', 'allowed'],
      ['bad', 'refused'],
      ['silent', 'refused'],
      ['odd', 'refused'],
    ])
  })

  it('reads SPDX expressions: OR needs one allowed id, AND needs all', () => {
    const verdicts = checkLicences(
      [
        pkg('either', '(MIT OR GPL-3.0-only)'),
        pkg('both', 'MIT AND ISC'),
        pkg('half', 'MIT AND GPL-2.0-only'),
        pkg('nested', '(MIT OR (GPL-2.0-only AND ISC))'),
        pkg('odd', 'Hippocratic-2.1'),
      ],
      policy,
    )
    expect(verdicts.map((v) => v.verdict)).toEqual([
      'allowed',
      'allowed',
      'refused',
      'refused',
      'exception',
    ])
  })

  it('walks the production tree of a fake lockfile, nested copies and peers included', () => {
    const fake: Lockfile = {
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { app: '1' }, peerDependencies: {} } as LockPackage,
        'node_modules/app': {
          version: '1',
          dependencies: { lib: '2' },
          peerDependencies: { peer: '1' },
        },
        'node_modules/app/node_modules/lib': { version: '2', license: 'GPL-3.0-only' },
        'node_modules/lib': { version: '1', license: 'MIT' },
        'node_modules/peer': { version: '1', license: 'MIT' },
        'node_modules/tool': { version: '1', license: 'GPL-3.0-only', dev: true },
      },
    }
    expect(productionPaths(fake)).toEqual([
      'node_modules/app',
      'node_modules/app/node_modules/lib',
      'node_modules/peer',
    ])
  })
})
