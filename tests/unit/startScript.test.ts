import { describe, expect, it } from 'vitest'
import { startScript, withStartScript } from '../../src/build/startScript.ts'

interface Made {
  tag: string
  attrs: Record<string, string>
}

/** Runs the shipped start script against a stand-in document; returns what it added, and when. */
function start(src: string, depth: number, data: Record<string, string>) {
  const added: Made[] = []
  const styles: { onload: (() => void) | null }[] = []
  let parsed: (() => void) | null = null
  const element = (tag: string) => {
    const made: Made = { tag, attrs: {} }
    return {
      setAttribute: (name: string, value: string) => {
        made.attrs[name] = value
      },
      set crossOrigin(value: string) {
        made.attrs.crossorigin = value
      },
      set href(value: string) {
        made.attrs.href = value
      },
      set src(value: string) {
        made.attrs.src = value
      },
      onload: null as (() => void) | null,
      made,
    }
  }
  const document = {
    currentScript: { src, dataset: data },
    createElement: element,
    head: {
      appendChild: (el: { made: Made; onload: (() => void) | null }) => {
        added.push(el.made)
        if (el.made.attrs.rel === 'stylesheet') styles.push(el)
      },
    },
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'DOMContentLoaded') parsed = listener
    },
  }
  new Function('document', startScript(depth))(document)
  return {
    before: [...added],
    afterParse: () => {
      parsed?.()
      return added
    },
    stylesLoaded: () => {
      for (const style of styles) style.onload?.()
      return added
    },
  }
}

const DATA = {
  styles: 'assets/index-a.css',
  preloads: 'assets/regions-b.js assets/data-c.js',
  scripts: 'assets/index-d.js',
}

describe('the start script of a build without SITE_URL', () => {
  it('finds the site root from its own address however the link spelled the page', () => {
    for (const src of [
      'http://h/peru/region/cusco/start.js',
      'http://h/peru/region/cusco//start.js',
      'http://h/peru/region//cusco/start.js',
      'http://h/peru/region/cusco/%2F/start.js',
      'http://h/peru/region/cusco/%2f%2F/start.js',
      'http://h//peru/region/cusco/start.js',
    ]) {
      const { before } = start(src, 2, DATA)
      expect(before[0]?.attrs.href, src).toBe('http://h/peru/assets/index-a.css')
    }
    expect(start('http://h/start.js', 0, DATA).before[0]?.attrs.href).toBe(
      'http://h/assets/index-a.css',
    )
    expect(start('http://h//start.js', 0, DATA).before[0]?.attrs.href).toBe(
      'http://h/assets/index-a.css',
    )
    // /peru/region/cusco (no trailing slash) loads the region folder's own start.js, depth 1.
    expect(start('http://h/peru/region/start.js', 1, DATA).before[0]?.attrs.href).toBe(
      'http://h/peru/assets/index-a.css',
    )
  })

  it('adds the stylesheet render-blocking, preloads at once, and the module once parsed and styled', () => {
    const { before, afterParse, stylesLoaded } = start('http://h/region/cusco//start.js', 2, DATA)
    expect(before).toEqual([
      {
        tag: 'link',
        attrs: {
          rel: 'stylesheet',
          crossorigin: '',
          blocking: 'render',
          href: 'http://h/assets/index-a.css',
        },
      },
      ...['regions-b.js', 'data-c.js', 'index-d.js'].map((f) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: '', href: `http://h/assets/${f}` },
      })),
    ])
    expect(afterParse().slice(before.length)).toEqual([]) // the stylesheet is still loading
    expect(stylesLoaded().slice(before.length)).toEqual([
      {
        tag: 'script',
        attrs: { type: 'module', crossorigin: '', src: 'http://h/assets/index-d.js' },
      },
    ])
  })
})

const PAGE = `<head>
    <meta charset="UTF-8" />
    <link rel="icon" href="data:," />
    <script type="module" crossorigin src="../../assets/index-d.js"></script>
    <link rel="stylesheet" crossorigin href="../../assets/index-a.css">
    <link rel="modulepreload" crossorigin href="../../assets/regions-b.js">
    <link rel="canonical" href="../../region/cusco/" />
</head>`

describe('withStartScript', () => {
  it("moves the page's relative scripts, stylesheets and preloads into the start script's tag", () => {
    expect(withStartScript(PAGE, 2)).toBe(`<head>
    <meta charset="UTF-8" />
    <link rel="icon" href="data:," />
    <script src="./start.js" data-styles="assets/index-a.css" data-preloads="assets/regions-b.js" data-scripts="assets/index-d.js"></script>
    <link rel="canonical" href="../../region/cusco/" />
</head>`)
  })

  it('leaves pages alone whose assets are addressed from the root (SITE_URL, 404.html)', () => {
    const absolute = PAGE.replaceAll('../../assets/', '/peru/assets/')
    expect(withStartScript(absolute, 2)).toBe(absolute)
    expect(withStartScript(PAGE.replaceAll('../../', './'), 0)).toContain(
      'data-scripts="assets/index-d.js"',
    )
  })
})
