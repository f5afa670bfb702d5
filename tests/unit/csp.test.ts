import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  EMBED_HEADER_POLICY,
  HEADER_POLICY,
  pageProblems,
  TILE_ORIGIN,
  withCsp,
} from '../../src/build/csp.ts'

const PAGE = `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <title>x</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
  </head>
  <body><div id="root"></div></body>
</html>`

describe('the Content-Security-Policy', () => {
  it('allows scripts, styles and data from the site only, images also from the tile server', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; " +
        "img-src 'self' data: https://tile.openstreetmap.org; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
    )
    expect(TILE_ORIGIN).toBe('https://tile.openstreetmap.org')
  })

  it('never allows inline code or eval', () => {
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:']) {
      expect(HEADER_POLICY).not.toContain(unsafe)
    }
  })

  it('adds frame-ancestors to the header form only: a meta policy ignores it', () => {
    expect(HEADER_POLICY).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
  })

  it('is put right after the charset, before any script or stylesheet', () => {
    const html = withCsp(PAGE)
    const meta = html.indexOf('http-equiv="Content-Security-Policy"')
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'))
    expect(meta).toBeLessThan(html.indexOf('<script'))
    expect(html).toContain(`content="default-src &#39;self&#39;; script-src &#39;self&#39;;`)
    expect(pageProblems(html)).toEqual([])
  })

  it('cannot be added to a page without a charset', () => {
    expect(() => withCsp('<html><head></head></html>')).toThrow(/charset/)
  })
})

describe('the check of every built page', () => {
  it('finds a page without the policy, or with it twice', () => {
    expect(pageProblems(PAGE)).toEqual(['0 Content-Security-Policy meta tags (want 1)'])
    expect(pageProblems(withCsp(withCsp(PAGE)))).toEqual([
      '2 Content-Security-Policy meta tags (want 1)',
    ])
  })

  it.each([
    ['<script>alert(1)</script>', 'inline <script>'],
    ['<script type="module">import "./x.js"</script>', 'inline <script>'],
    ['<script type="importmap">{}</script>', 'inline <script>'],
    ['<style>p { color: red }</style>', '<style> element'],
    ['<p style="color: red">x</p>', 'style attribute'],
    ['<img src="x" onerror="alert(1)">', 'on* event handler attribute'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript: address'],
  ])('finds %s', (markup, problem) => {
    const problems = pageProblems(withCsp(PAGE.replace('</body>', `${markup}</body>`)))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^${problem.replace(/[*<>]/g, '\\$&')}: `))
  })

  it('accepts scripts with a src and JSON data blocks, which do not run', () => {
    const data = '<script type="application/ld+json">{"@type":"Map"}</script>'
    expect(pageProblems(withCsp(PAGE.replace('</head>', `${data}</head>`)))).toEqual([])
  })
})

describe('the README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const security = readme.slice(readme.indexOf('## Security'))

  it('shows the policy the pages carry, and the header form for deployers', () => {
    expect(security).toContain(`\n${CONTENT_SECURITY_POLICY}\n`)
    expect(security).toContain(`Content-Security-Policy: ${HEADER_POLICY}\n`)
  })

  it('lets any site frame the embed/ pages, and only those', () => {
    expect(EMBED_HEADER_POLICY).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors *`)
    const all = security.indexOf('\n/*\n')
    const embed = security.indexOf('\n/embed/*\n')
    expect(all).toBeGreaterThan(-1)
    expect(embed).toBeGreaterThan(all)
    const everyPage = security.slice(all, embed)
    const embedPages = security.slice(embed, security.indexOf('```', embed))
    expect(everyPage).toContain(`Content-Security-Policy: ${HEADER_POLICY}\n`)
    expect(everyPage).toContain('X-Frame-Options: DENY')
    expect(embedPages).toContain('! Content-Security-Policy\n')
    expect(embedPages).toContain('! X-Frame-Options\n')
    expect(embedPages).toContain(`Content-Security-Policy: ${EMBED_HEADER_POLICY}\n`)
  })
})
