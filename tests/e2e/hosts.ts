/**
 * Real static servers for the host tests (hosts-nginx.spec.ts, hosts-serve.spec.ts): Debian's
 * nginx, started as a plain process with a configuration of its own in a temporary folder, and
 * the npm package `serve` (the server Vercel's `npx serve` runs). Each serves one of the sites the
 * test run built, at the host's root or in a folder, on a free port, as a deployment would:
 *
 *   root      SITE_URL=http://127.0.0.1:<port>/     served at / (tests/run.mjs: Lighthouse's site)
 *   folder    SITE_URL=https://peru.example/peru/   served at /peru/
 *   relative  no SITE_URL (the default build)       served at /deep/er/
 *
 * A missing path gets the host's 404.html with status 404 (nginx: `error_page`; serve does so
 * by itself), as GitHub Pages, Netlify and Cloudflare Pages do.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')
const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx'
const SERVE = join(ROOT, 'node_modules', '.bin', 'serve')
const STARTUP_MS = 60_000 // a server answers within a second; a loaded machine may take longer

export type HostKind = 'nginx' | 'serve'
export interface Mount {
  name: 'root' | 'folder' | 'relative'
  prefix: string // where the site lives on the host: '/', '/peru/', '/deep/er/'
  siteUrl: string | null // what the build was given
  dist: () => string // the built folder (built on first use when the run did not)
}

/** A port nobody listens on, asked of the system (synchronously, for `test.use`). */
export function freePort(): number {
  const ask = `const s = require('node:net').createServer().listen(0, '127.0.0.1', () => {
    process.stdout.write(String(s.address().port)); s.close() })`
  return Number(execFileSync(process.execPath, ['-e', ask], { encoding: 'utf8' }).trim())
}

/**
 * The built site for a SITE_URL: the folder tests/run.mjs built (E2E_DIST_ROOT,
 * E2E_DIST_FOLDER), else built here once per process into .cache/.
 */
function builtSite(variable: string, siteUrl: string, name: string): string {
  const given = process.env[variable]
  if (given && existsSync(join(given, 'index.html'))) return resolve(given)
  const dist = join(ROOT, '.cache', `hosts-${name}-${process.pid}`)
  if (!existsSync(join(dist, 'index.html'))) {
    execFileSync(
      join(ROOT, 'node_modules', '.bin', 'vite'),
      ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: ROOT, env: { ...process.env, SITE_URL: siteUrl, SITE_BASE: '' }, stdio: 'inherit' },
    )
  }
  process.env[variable] = dist
  return dist
}

export const SITE_ROOT = 'https://peru.example/'
export const SITE_FOLDER = 'https://peru.example/peru/'

export const MOUNTS: readonly Mount[] = [
  {
    name: 'root',
    prefix: '/',
    siteUrl: SITE_ROOT,
    dist: () => builtSite('E2E_DIST_ROOT', SITE_ROOT, 'root'),
  },
  {
    name: 'folder',
    prefix: '/peru/',
    siteUrl: SITE_FOLDER,
    dist: () => builtSite('E2E_DIST_FOLDER', SITE_FOLDER, 'folder'),
  },
  {
    name: 'relative',
    prefix: '/deep/er/',
    siteUrl: null,
    dist: () => resolve(process.env.E2E_DIST || 'dist'),
  },
]

/** The folder the server serves: the site itself, or a folder holding it at its prefix. */
function hostRoot(mount: Mount, work: string): string {
  const dist = mount.dist()
  if (mount.prefix === '/') return dist
  const root = join(work, 'www')
  const at = join(root, mount.prefix)
  mkdirSync(join(at, '..'), { recursive: true })
  symlinkSync(dist, at.replace(/\/$/, ''))
  // The host's own 404 page: the site's, whose assets are absolute when SITE_URL was set.
  copyFileSync(join(dist, '404.html'), join(root, '404.html'))
  return root
}

function nginxConfig(root: string, port: number, work: string): string {
  const user = userInfo().username // only read when started as root; workers must read the site
  return `worker_processes 1;
daemon off;
user ${user};
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    absolute_redirect off;
    error_page 404 /404.html;
  }
}
`
}

export interface Host {
  origin: string
  stop: () => Promise<void>
}

async function answering(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < STARTUP_MS) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${log()}`)
    try {
      await fetch(origin, { redirect: 'manual' })
      return
    } catch {
      await new Promise((done) => setTimeout(done, 100)) // polling a port that is not open yet
    }
  }
  throw new Error(`no answer on ${origin} after ${STARTUP_MS} ms: ${log()}`)
}

/** Starts a server of `kind` serving `mount` on `port`; `stop` ends it and removes its files. */
export async function startHost(kind: HostKind, mount: Mount, port: number): Promise<Host> {
  const work = mkdtempSync(join(tmpdir(), `peru-${kind}-${mount.name}-`))
  const root = hostRoot(mount, work)
  let output = ''
  let child: ChildProcess
  if (kind === 'nginx') {
    writeFileSync(join(work, 'nginx.conf'), nginxConfig(root, port, work))
    child = spawn(NGINX, [
      '-p',
      work,
      '-e',
      join(work, 'error.log'),
      '-c',
      join(work, 'nginx.conf'),
    ])
  } else {
    const args = ['-l', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-port-switching']
    child = spawn(SERVE, [...args, '--symlinks', root], {
      env: { ...process.env, NO_UPDATE_CHECK: '1' },
    })
  }
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const origin = `http://127.0.0.1:${port}`
  await answering(origin, child, () => output)
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(work, { recursive: true, force: true })
    },
  }
}
