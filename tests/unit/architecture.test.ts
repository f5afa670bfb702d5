// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the planted fixtures are source code
/**
 * The app renders text, never markup (STYLE.md habit 7): every file under src/ is scanned with the
 * TypeScript compiler (sourceRules.ts) for HTML-string APIs, eval and string timers, Leaflet
 * popups or HTML-rendered options from strings; build-time code (src/build/) must escape what it
 * writes into HTML and SVG. The exceptions are named one by one with the reason, and an exception
 * that no longer matches anything fails too, so the list stays true.
 */
import { resolve } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { escapeHtml } from '../../src/build/html.ts'
import { STRINGS } from '../../src/i18n/strings.ts'
import {
  type Finding,
  isBuildTime,
  programOf,
  programOfText,
  scanProgram,
  sourceFiles,
} from './sourceRules.ts'

const ROOT = resolve(import.meta.dirname, '../..')
// ms: the compiler reads React's and Leaflet's types; it took over 60 s on a loaded 2-core machine
const COMPILE_TIMEOUT = 300_000

interface Exception {
  file: string
  rule: string
  code: string // the finding's code, exactly
  reason: string
}

const PATH_DATA =
  'SVG path data for the preview image: numbers and command letters from pathData() or ' +
  'at() in og/card.ts, computed from the bundled geometry, never text'
const EXCEPTIONS: Exception[] = [
  {
    file: 'src/build/indexPages.ts',
    rule: 'unescaped-markup',
    code: "links.join('\\n')",
    reason: 'list items written just above in indexPages.ts, every name and address escaped',
  },
  {
    file: 'src/build/indexPages.ts',
    rule: 'unescaped-markup',
    code: "groups.join('\\n')",
    reason: 'headings and lists written just above in indexPages.ts, every text escaped',
  },
  {
    file: 'src/build/indexPages.ts',
    rule: 'unescaped-markup',
    code: 'body',
    reason: "the two languages' sections from sectionHtml() in indexPages.ts, every text escaped",
  },
  {
    file: 'src/map/TileBase.tsx',
    rule: 'leaflet-html-option',
    code: 'attribution={OSM_ATTRIBUTION}',
    reason:
      'Leaflet renders attributions as HTML; OSM_ATTRIBUTION is a constant in ' +
      'src/map/constants.ts (a link to the OSM copyright page), never data',
  },
  {
    file: 'src/layers/PlaceArea.tsx',
    rule: 'leaflet-html-option',
    code: 'attribution={provinceCredit}',
    reason:
      'Leaflet renders attributions as HTML; provinceCredit is the constant ' +
      'attributionProvinces of src/i18n/strings.ts (plain text, checked below), never data',
  },
  {
    file: 'src/build/appStart.ts',
    rule: 'unescaped-markup',
    code: "tags.join('')",
    reason: "the page's own script and preload tags, as Vite wrote them, moved into a template",
  },
  {
    file: 'src/build/card/cardHtml.tsx',
    rule: 'unescaped-markup',
    code: 'card',
    reason: "React's renderToStaticMarkup of the app's card components, which escapes every text",
  },
  {
    file: 'src/build/html.ts',
    rule: 'unescaped-markup',
    code: 'head.extra',
    reason: 'the head tags built by head.ts, where every value is escaped (checked here too)',
  },
  {
    file: 'src/build/html.ts',
    rule: 'unescaped-markup',
    code: 'indent',
    reason: 'the spaces and tabs before </head>, captured by /([ \t]*)</head>/',
  },
  {
    file: 'src/build/html.ts',
    rule: 'unescaped-markup',
    code: 'attrs',
    reason: 'attribute names and values of element(), each through escapeHtml on the line above',
  },
  {
    file: 'src/build/html.ts',
    rule: 'unescaped-markup',
    code: 'inner',
    reason: 'the children of element(): Html values, made only by text() (escaped) or element()',
  },
  {
    file: 'src/build/html.ts',
    rule: 'unescaped-markup',
    code: 'content',
    reason: 'the page content given to withRootContent(): Html values made by text() or element()',
  },
  {
    file: 'src/build/head.ts',
    rule: 'unescaped-markup',
    code: 'key',
    reason: 'an Open Graph or Twitter property name, a string literal at every call in head.ts',
  },
  {
    file: 'src/build/og/card.ts',
    rule: 'unescaped-markup',
    code: 'attrs',
    reason: 'SVG attributes assembled in card.ts from constants and numbers',
  },
  {
    file: 'src/build/og/card.ts',
    rule: 'unescaped-markup',
    code: 'spans',
    reason: '<tspan> elements assembled in card.ts, their text through escapeHtml',
  },
  ...['head', 'countries', 'regionPaths(plain)', 'regionPaths(lit)'].map((code) => ({
    file: 'src/build/og/card.ts',
    rule: 'unescaped-markup',
    code,
    reason: PATH_DATA,
  })),
  {
    file: 'src/build/og/card.ts',
    rule: 'unescaped-markup',
    code: 'pathData(zone.geometry, project)',
    reason: PATH_DATA,
  },
  {
    file: 'src/build/svg/staticMap.ts',
    rule: 'unescaped-markup',
    code: 'name',
    reason: 'an element name in tag() of the static map, a string literal at every call',
  },
  {
    file: 'src/build/svg/staticMap.ts',
    rule: 'unescaped-markup',
    code: 'attrs',
    reason: "the static map's attributes, each value through escapeHtml in tag()",
  },
  {
    file: 'src/build/svg/staticMap.ts',
    rule: 'unescaped-markup',
    code: "children.join('')",
    reason:
      "child elements built by tag() itself, or text through escapeHtml (the selection's name)",
  },
]

const key = (f: Pick<Finding, 'file' | 'rule' | 'code'>) => `${f.file} ${f.rule}: ${f.code}`

describe('the source under src/', () => {
  let findings: Finding[] = []
  let files: string[] = []

  beforeAll(() => {
    files = sourceFiles(ROOT, 'src')
    findings = scanProgram(programOf(ROOT, files), files, ROOT)
  }, COMPILE_TIMEOUT)

  it('is scanned file by file, browser code and build-time code apart', () => {
    expect(files.length).toBeGreaterThan(20)
    expect(files).toContain('src/App.tsx')
    expect(files.filter(isBuildTime)).toContain('src/build/html.ts')
  })

  it('uses no HTML-string API outside the exceptions named here', () => {
    const allowed = new Set(EXCEPTIONS.map(key))
    const unexpected = findings.filter((f) => !allowed.has(key(f)))
    expect(unexpected.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.code}`)).toEqual([])
  })

  it('keeps the curfew provinces’ credit, rendered by Leaflet as HTML, plain text', () => {
    for (const lang of ['es', 'en'] as const)
      expect(STRINGS[lang].attributionProvinces).toMatch(/^[^<>&"]+$/)
  })

  it('names only exceptions that are still needed, each with its reason', () => {
    const found = new Set(findings.map(key))
    for (const exception of EXCEPTIONS) {
      expect(found.has(key(exception)), `stale exception ${key(exception)}`).toBe(true)
      expect(exception.reason.length, key(exception)).toBeGreaterThan(20)
    }
  })
})

/** Code the scanner must catch, one planted file each: [rule, file, source]. */
const PLANTED: [string, string, string][] = [
  ['html-sink', 'a.ts', 'export const f = (el: Element, s: string) => { el.innerHTML = s }'],
  ['html-sink', 'b.ts', "export const f = (el: Element, s: string) => { el['outerHTML'] = s }"],
  [
    'html-sink',
    'c.ts',
    "export const f = (el: Element) => el.insertAdjacentHTML('beforeend', '<b>')",
  ],
  [
    'html-sink',
    'd.tsx',
    'export const F = ({ s }: { s: string }) => <p dangerouslySetInnerHTML={{ __html: s }} />',
  ],
  [
    'html-sink',
    'e.ts',
    "export const f = () => document.createRange().createContextualFragment('<b>')",
  ],
  [
    'document-write',
    'f.ts',
    "export const f = () => document.write('<img src=x onerror=alert(1)>')",
  ],
  ['eval', 'g.ts', 'export const f = (s: string) => eval(s)'],
  ['eval', 'h.ts', 'export const f = (s: string) => new Function(s)'],
  ['eval', 'i.ts', 'export const f = (s: string) => window.eval(s)'],
  ['string-timer', 'j.ts', "export const f = () => setTimeout('alert(1)', 10)"],
  ['string-timer', 'k.ts', 'export const f = (code: string) => window.setInterval(code, 10)'],
  [
    'leaflet-html-content',
    'l.ts',
    "import type { Layer } from 'leaflet'\nexport const f = (l: Layer, s: string) => l.bindPopup(`<b>${s}</b>`)",
  ],
  [
    'leaflet-html-content',
    'm.ts',
    "import type { Layer } from 'leaflet'\nexport const f = (l: Layer) => l.bindTooltip('x')",
  ],
  [
    'leaflet-html-content',
    'n.ts',
    "import type { Popup } from 'leaflet'\nexport const f = (p: Popup, s: string) => p.setContent(s)",
  ],
  ['leaflet-popup', 'o.ts', "import L from 'leaflet'\nexport const f = () => L.popup()"],
  ['leaflet-popup', 'p.ts', "import { popup } from 'leaflet'\nexport const f = () => popup()"],
  [
    'leaflet-popup',
    'q.ts',
    "import { Tooltip } from 'leaflet'\nexport const f = () => new Tooltip()",
  ],
  [
    'divicon-html',
    'r.ts',
    "import { divIcon } from 'leaflet'\nexport const f = (s: string) => divIcon({ html: `<b>${s}</b>` })",
  ],
  [
    'popup-children',
    's.tsx',
    "import { Popup } from 'react-leaflet'\nexport const F = () => <Popup />",
  ],
  [
    'popup-children',
    't.tsx',
    "import { Tooltip } from 'react-leaflet'\nexport const F = () => <Tooltip></Tooltip>",
  ],
  [
    'leaflet-html-option',
    'u.tsx',
    'import { TileLayer } from \'react-leaflet\'\nexport const F = ({ s }: { s: string }) => <TileLayer url="x" attribution={s} />',
  ],
  [
    'leaflet-html-option',
    'v.tsx',
    "import { LayersControl } from 'react-leaflet'\nexport const F = ({ s }: { s: string }) => <LayersControl><LayersControl.Overlay name={s}><i /></LayersControl.Overlay></LayersControl>",
  ],
  ['build-import', 'w.ts', "export { escapeHtml } from '../build/html.ts'"],
  [
    'unescaped-markup',
    'build/x.ts',
    'export const f = (title: string) => `<title>${title}</title>`',
  ],
  ['unescaped-markup', 'build/y.ts', "const TAG = '<b>'\nexport const f = () => `<p>${TAG}</p>`"],
]

/** Code the scanner must let through: the safe forms of the same things. */
const CLEAN: [string, string][] = [
  [
    'clean/a.ts',
    "// el.innerHTML = s, in a comment\nexport const s = 'innerHTML and eval( in a string'",
  ],
  ['clean/b.ts', 'export const f = (el: Element, s: string) => { el.textContent = s }'],
  ['clean/c.ts', 'export const f = (run: () => void) => setTimeout(run, 10)'],
  [
    'clean/d.tsx',
    "import { Popup } from 'react-leaflet'\nexport const F = ({ s }: { s: string }) => <Popup><p>{s}</p></Popup>",
  ],
  [
    'clean/e.ts',
    "import { DivIcon } from 'leaflet'\nexport const f = (el: HTMLElement) => new DivIcon({ html: el })",
  ],
  [
    'clean/f.ts',
    "import type { PopupEvent } from 'leaflet'\nexport const f = (e: PopupEvent) => e.popup",
  ],
  [
    'build/clean.ts',
    'import { escapeHtml } from \'./html.ts\'\nconst SIZE = 12\nconst COLOURS = { ink: \'#000\' }\nexport const f = (title: string, x: number, kind: \'a\' | \'b\') =>\n  `<text x="${x}" font-size="${SIZE}" fill="${COLOURS.ink}" class="${kind}">${escapeHtml(title)}</text>`',
  ],
]

/** Where a planted fixture goes: build-time ones under src/build/, so the build rules apply. */
function plantedPath(file: string): string {
  return file.startsWith('build/') ? `src/build/planted-${file.slice(6)}` : `src/planted/${file}`
}

describe('the scanner', () => {
  let findings: Finding[] = []

  beforeAll(() => {
    const sources: Record<string, string> = {}
    for (const [, file, text] of PLANTED) sources[plantedPath(file)] = text
    for (const [file, text] of CLEAN) sources[plantedPath(file)] = text
    findings = scanProgram(programOfText(ROOT, sources), Object.keys(sources), ROOT)
  }, COMPILE_TIMEOUT)

  it.each(PLANTED)('catches %s in planted %s', (rule, file) => {
    const path = plantedPath(file)
    expect(findings.filter((f) => f.file === path).map((f) => f.rule)).toContain(rule)
  })

  it('lets the safe forms through', () => {
    const paths = new Set(CLEAN.map(([file]) => plantedPath(file)))
    expect(findings.filter((f) => paths.has(f.file))).toEqual([])
  })
})

describe('escapeHtml, which build-time code puts every text through', () => {
  const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' }
  const decode = (html: string) =>
    html.replace(/&(lt|gt|quot|#39|amp);/g, (_m, name: string) => ENTITIES[name] ?? '')

  it('leaves no character that could open a tag or close an attribute, and loses nothing', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '"><svg onload=alert(1)>',
        "' onmouseover='x",
        '&lt;',
      ),
    )
    fc.assert(
      fc.property(hostile, (text) => {
        const html = escapeHtml(text)
        expect(html).not.toMatch(/[<>"']/)
        expect(html).not.toMatch(/&(?!(lt|gt|quot|#39|amp);)/)
        expect(decode(html)).toBe(text)
      }),
    )
  })
})
