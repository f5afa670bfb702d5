import { describe, expect, it } from 'vitest'
import {
  element,
  escapeHtml,
  rebaseAssets,
  rootPrefix,
  text,
  withHead,
  withRootContent,
} from '../../src/build/html.ts'

const TEMPLATE = `<!doctype html>
<html lang="es">
  <head>
    <title>Old</title>
    <meta name="description" content="Old description" />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
  </head>
  <body><a href="https://example.org/">x</a></body>
</html>`

describe('prerendered pages', () => {
  it('point assets two folders up from a region page', () => {
    const html = rebaseAssets(TEMPLATE, rootPrefix(2))
    expect(html).toContain('src="../../assets/index-abc.js"')
    expect(html).toContain('href="../../assets/index-def.css"')
    expect(html).toContain('href="https://example.org/"')
  })

  it('point assets at an absolute base for 404.html', () => {
    expect(rebaseAssets(TEMPLATE, '/peru-map/')).toContain('src="/peru-map/assets/index-abc.js"')
  })

  it('keep the root page as it is', () => {
    expect(rebaseAssets(TEMPLATE, rootPrefix(0))).toBe(TEMPLATE)
  })

  it('replace title, description and language, escaping text from data', () => {
    const html = withHead(TEMPLATE, {
      title: 'Ayacucho <script>',
      description: 'Say "hi" & <b>bye</b>',
      lang: 'en',
      extra: '<meta name="x" content="y" />\n',
    })
    expect(html).toContain('<html lang="en"')
    expect(html).toContain('<title>Ayacucho &lt;script&gt;</title>')
    expect(html).toContain('content="Say &quot;hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt;"')
    expect(html).toContain('<meta name="x" content="y" />\n  </head>')
    expect(html).not.toContain('Old')
  })

  it('escape every markup character', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;')
  })
})

describe('element and text, the page builders', () => {
  it('escape every text and attribute value, so data cannot add markup', () => {
    const hostile = '<img src=x onerror=alert(1)>"&\''
    const built = element('p', { title: hostile, 'data-x': hostile }, [text(hostile)])
    expect(built.html).toBe(
      `<p title="${escapeHtml(hostile)}" data-x="${escapeHtml(hostile)}">${escapeHtml(hostile)}</p>`,
    )
    expect(built.html).not.toContain('<img')
  })

  it('nest elements and put them inside the page’s root', () => {
    const list = element('ul', {}, [element('li', {}, [text('a & b')])])
    expect(withRootContent('<body><div id="root"></div></body>', [list])).toBe(
      '<body><div id="root"><ul><li>a &amp; b</li></ul></div></body>',
    )
  })
})
