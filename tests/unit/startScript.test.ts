import { describe, expect, it } from 'vitest'
import { START_SCRIPT, withStartScript } from '../../src/build/startScript.ts'

/**
 * Runs the shipped start script at `href` with a stand-in location and history; returns the
 * address it left (the same one when it replaced nothing) and how many times it replaced it.
 */
function start(href: string, state: unknown = null): { href: string; replaced: number } {
  const url = new URL(href)
  let replaced = 0
  const history = {
    state,
    replaceState(newState: unknown, _title: string, to: string) {
      expect(newState).toBe(state) // the entry's state (kept on reload) survives
      const next = new URL(to, url)
      url.pathname = next.pathname
      url.search = next.search
      url.hash = next.hash
      replaced++
    },
  }
  new Function('location', 'history', START_SCRIPT)(url, history)
  return { href: url.href, replaced }
}

describe('the start script of a build without SITE_URL', () => {
  it('rewrites every spelling the host serves as a page to its canonical address', () => {
    const canonical = 'http://h/peru/region/cusco/?lang=en#map=6/-13.5/-72'
    for (const href of [
      'http://h/peru/region/cusco//?lang=en#map=6/-13.5/-72',
      'http://h/peru/region//cusco/?lang=en#map=6/-13.5/-72',
      'http://h/peru/region/cusco/%2F/?lang=en#map=6/-13.5/-72',
      'http://h/peru/region/cusco/%2f%2F/?lang=en#map=6/-13.5/-72',
      'http://h//peru/region/cusco/?lang=en#map=6/-13.5/-72',
      'http://h/peru/region/cusco?lang=en#map=6/-13.5/-72', // `serve` answers it with the page
    ]) {
      expect(start(href), href).toEqual({ href: canonical, replaced: 1 })
    }
    expect(start('http://h//').href).toBe('http://h/')
    expect(start('http://h/%2F/', { a: 1 }).href).toBe('http://h/')
  })

  it('leaves a canonical address, and a page named by its file, as they are', () => {
    for (const href of [
      'http://h/peru/region/cusco/?lang=en#map=6/-13.5/-72',
      'http://h/',
      'http://h/peru/index.html',
      'http://h/peru/region/cusco/#map=6/-13.5/-72//x', // slashes in the hash are the hash's
    ]) {
      expect(start(href), href).toEqual({ href, replaced: 0 })
    }
  })
})

const PAGE = `<head>
    <meta charset="UTF-8" />
    <link rel="icon" href="data:," />
    <script type="module" crossorigin src="../../assets/index-d.js"></script>
    <link rel="stylesheet" crossorigin href="../../assets/index-a.css">
    <link rel="modulepreload" crossorigin href="../../assets/regions-b.js">
    <link rel="canonical" href="../../region/cusco/" />
</head>
<body>
    <nav id="static-frame"></nav>
    <script src="../../assets/static-frame-e.js"></script>
</body>`

describe('withStartScript', () => {
  it("puts the start script before the page's first relative script, stylesheet or preload", () => {
    expect(withStartScript(PAGE, 2)).toBe(
      PAGE.replace(
        '    <script type="module"',
        '    <script src="./start.js"></script>\n    <script type="module"',
      ),
    )
    const stylesFirst = PAGE.replace(
      /( *<script type="module".*\n)( *<link rel="stylesheet".*\n)/,
      '$2$1',
    )
    expect(withStartScript(stylesFirst, 2)).toContain(
      '<script src="./start.js"></script>\n    <link rel="stylesheet"',
    )
  })

  it('leaves pages alone whose assets are addressed from the root (SITE_URL, 404.html)', () => {
    const absolute = PAGE.replaceAll('../../', '/peru/')
    expect(withStartScript(absolute, 2)).toBe(absolute)
    const home = withStartScript(PAGE.replaceAll('../../', './'), 0)
    expect(home.match(/start\.js/g)).toHaveLength(1)
    expect(home.indexOf('start.js')).toBeLessThan(home.indexOf('assets/index-d.js'))
  })
})
