/**
 * The scanner behind tests/unit/architecture.test.ts: reads TypeScript sources with the compiler
 * (syntax and types, so comments and strings never match and `setTimeout(code)` is seen to take a
 * string) and reports the HTML-string APIs the app must not use.
 *
 * Browser code (src/, except src/build/) renders text through React and Leaflet's DOM, never
 * markup: no innerHTML & co., no dangerouslySetInnerHTML, no eval, no string timers, no Leaflet
 * popup/tooltip content or HTML-rendered options (attribution, layer names) from strings, and
 * popups and tooltips are react-leaflet <Popup>/<Tooltip> with React children.
 *
 * Build-time code (src/build/) writes HTML and SVG files from data: every value it puts into a
 * markup template must be escaped (`escapeHtml(…)`) or unable to carry markup: a number, a
 * boolean, undefined, a string literal type, or a constant whose value is one of those.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

export interface Finding {
  file: string // relative to the repository, with '/'
  rule: string
  code: string // the offending expression, as written (whitespace collapsed, shortened)
  line: number
}

/** Element properties and methods that parse a string as HTML. */
const HTML_SINKS = new Set([
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'createContextualFragment',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
  'srcdoc',
  'dangerouslySetInnerHTML',
])
/** Leaflet methods whose string argument is rendered as HTML; the app uses React children. */
const LEAFLET_HTML_METHODS = new Set([
  'bindPopup',
  'bindTooltip',
  'setContent',
  'setPopupContent',
  'setTooltipContent',
  'addAttribution',
  'setPrefix',
  'addOverlay',
  'addBaseLayer',
])
/** Leaflet exports that open a popup or tooltip outside React. */
const LEAFLET_OVERLAYS = new Set(['Popup', 'Tooltip', 'popup', 'tooltip', 'DivOverlay'])
/** Props of react-leaflet components that Leaflet renders as HTML (also LayersControl names). */
const HTML_PROPS = new Set(['attribution', 'prefix'])
const MARKUP = /<[a-zA-Z!/]/ // a template that writes tags
const MARKUP_CHARS = /[<>&"']/
const NUMERIC = ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike

function isStringLike(node: ts.Node): boolean {
  return (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateExpression(node) ||
    (ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
      (isStringLike(node.left) || isStringLike(node.right)))
  )
}

function hasStringType(node: ts.Expression, checker: ts.TypeChecker): boolean {
  if (isStringLike(node)) return true
  const type = checker.getTypeAtLocation(node)
  const parts = type.isUnion() ? type.types : [type]
  return parts.some((t) => (t.flags & ts.TypeFlags.StringLike) !== 0)
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | null {
  const callee = call.expression
  if (ts.isIdentifier(callee)) return callee.text
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text
  return null
}

function propertyName(node: ts.Node): string | null {
  if (ts.isPropertyAccessExpression(node)) return node.name.text
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    return node.argumentExpression.text
  }
  return null
}

function jsxChildren(node: ts.JsxElement): ts.JsxChild[] {
  return node.children.filter((c) => !(ts.isJsxText(c) && c.text.trim() === ''))
}

/** The module an import, export or dynamic import() names. */
function moduleSpecifierOf(node: ts.Node): string | null {
  const specifier =
    ts.isImportDeclaration(node) || ts.isExportDeclaration(node)
      ? node.moduleSpecifier
      : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
        ? node.arguments[0]
        : undefined
  return specifier && ts.isStringLiteralLike(specifier) ? specifier.text : null
}

/** The module a JSX tag or identifier was imported from, if it was imported. */
function importedFrom(name: ts.Identifier, checker: ts.TypeChecker): string | null {
  const symbol = checker.getSymbolAtLocation(name)
  const declaration = symbol?.declarations?.[0]
  if (!declaration || !ts.isImportSpecifier(declaration)) return null
  const module = declaration.parent.parent.parent.moduleSpecifier
  return ts.isStringLiteral(module) ? module.text : null
}

/** Rules for code that runs in the browser. */
function browserFindings(
  node: ts.Node,
  checker: ts.TypeChecker,
  report: (rule: string, at: ts.Node) => void,
): void {
  const prop = propertyName(node)
  if (prop !== null && HTML_SINKS.has(prop)) report('html-sink', node)
  if ((prop === 'write' || prop === 'writeln') && ts.isPropertyAccessExpression(node)) {
    if (/(^|\.)document$/.test(node.expression.getText())) report('document-write', node)
  }
  if (ts.isJsxAttribute(node) || ts.isPropertyAssignment(node)) {
    const name = node.name.getText()
    if (name === 'dangerouslySetInnerHTML' || name === 'srcDoc') report('html-sink', node)
  }
  if (ts.isJsxAttribute(node)) {
    const tagName = node.parent.parent.tagName
    const tag = tagName.getText()
    const root = ts.isIdentifier(tagName)
      ? tagName
      : ts.isPropertyAccessExpression(tagName) && ts.isIdentifier(tagName.expression)
        ? tagName.expression
        : null
    const attr = node.name.getText()
    const layerName = attr === 'name' && /^LayersControl\.(Overlay|BaseLayer)$/.test(tag)
    if (root && importedFrom(root, checker) === 'react-leaflet') {
      if (HTML_PROPS.has(attr) || layerName) report('leaflet-html-option', node)
    }
  }
  if (ts.isObjectLiteralElementLike(node) && node.name?.getText() === 'html') {
    // DivIcon renders a string `html` as HTML; an element is inserted as it is.
    const value = ts.isPropertyAssignment(node) ? node.initializer : node.name
    if (ts.isExpression(value) && hasStringType(value, checker)) report('divicon-html', node)
  }
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const name = calleeName(node)
    const first = node.arguments?.[0]
    if (name === 'eval' || name === 'Function') report('eval', node)
    if ((name === 'setTimeout' || name === 'setInterval') && first) {
      if (hasStringType(first, checker)) report('string-timer', node)
    }
    if (name !== null && LEAFLET_HTML_METHODS.has(name) && ts.isCallExpression(node)) {
      report('leaflet-html-content', node)
    }
    const callee = node.expression
    if (name !== null && LEAFLET_OVERLAYS.has(name)) {
      const target = ts.isPropertyAccessExpression(callee) ? callee.expression.getText() : null
      const from = ts.isIdentifier(callee) ? importedFrom(callee, checker) : null
      if (target === 'L' || from === 'leaflet') report('leaflet-popup', node)
    }
  }
  const specifier = moduleSpecifierOf(node)
  if (specifier !== null && /(^|\/)build\//.test(specifier)) report('build-import', node)
  if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
    const from = node.moduleSpecifier.text
    const bindings = node.importClause?.namedBindings
    if (from === 'leaflet' && !node.importClause?.isTypeOnly && bindings) {
      if (ts.isNamedImports(bindings)) {
        for (const spec of bindings.elements) {
          const imported = (spec.propertyName ?? spec.name).text
          if (!spec.isTypeOnly && LEAFLET_OVERLAYS.has(imported)) report('leaflet-popup', spec)
        }
      }
    }
  }
  const tag = ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node) ? node.tagName : null
  if (tag && ts.isIdentifier(tag) && (tag.text === 'Popup' || tag.text === 'Tooltip')) {
    const from = importedFrom(tag, checker)
    if (from !== 'react-leaflet') report('popup-children', node)
    const element = ts.isJsxOpeningElement(node) ? node.parent : null
    if (!element || jsxChildren(element).length === 0) report('popup-children', node)
  }
}

/** Whether a value put into markup cannot carry markup (see the module comment). */
function cannotCarryMarkup(expr: ts.Expression, checker: ts.TypeChecker, depth = 0): boolean {
  if (depth > 4) return false
  if (ts.isParenthesizedExpression(expr)) return cannotCarryMarkup(expr.expression, checker, depth)
  if (ts.isCallExpression(expr) && calleeName(expr) === 'escapeHtml') return true
  if (ts.isStringLiteralLike(expr)) return !MARKUP_CHARS.test(expr.text)
  if (ts.isNumericLiteral(expr)) return true
  if (ts.isTemplateExpression(expr)) {
    return expr.templateSpans.every((s) => cannotCarryMarkup(s.expression, checker, depth + 1))
  }
  const type = checker.getTypeAtLocation(expr)
  const parts = type.isUnion() ? type.types : [type]
  const safeTypes = parts.every(
    (t) =>
      (t.flags &
        (NUMERIC | ts.TypeFlags.BooleanLike | ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !==
        0 ||
      (t.isStringLiteral() && !MARKUP_CHARS.test(t.value)),
  )
  if (safeTypes) return true
  // A constant: `const FONT = '…'`, or a property of a constant object literal.
  if (!ts.isIdentifier(expr) && !ts.isPropertyAccessExpression(expr)) return false
  const name = ts.isIdentifier(expr) ? expr : expr.name
  const symbol = checker.getSymbolAtLocation(name)
  const declaration = symbol?.valueDeclaration
  if (!declaration) return false
  const initializer = constantInitializer(declaration)
  return initializer !== null && cannotCarryMarkup(initializer, checker, depth + 1)
}

function constantInitializer(declaration: ts.Declaration): ts.Expression | null {
  let node: ts.Node = declaration
  if (ts.isPropertyAssignment(node)) {
    const initializer = node.initializer
    while (!ts.isVariableDeclaration(node)) {
      if (!ts.isPropertyAssignment(node) && !ts.isObjectLiteralExpression(node)) return null
      node = node.parent
    }
    return isConst(node) ? initializer : null
  }
  if (ts.isVariableDeclaration(node) && isConst(node)) return node.initializer ?? null
  return null
}

function isConst(declaration: ts.VariableDeclaration): boolean {
  return (declaration.parent.flags & ts.NodeFlags.Const) !== 0
}

/** Rules for code that runs at build time and writes files. */
function buildFindings(
  node: ts.Node,
  checker: ts.TypeChecker,
  report: (rule: string, at: ts.Node) => void,
): void {
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const name = calleeName(node)
    if (name === 'eval' || name === 'Function') report('eval', node)
  }
  if (!ts.isTemplateExpression(node)) return
  const literal = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('')
  if (!MARKUP.test(literal)) return
  for (const span of node.templateSpans) {
    if (!cannotCarryMarkup(span.expression, checker)) report('unescaped-markup', span.expression)
  }
}

function snippet(node: ts.Node): string {
  const text = node.getText().replace(/\s+/g, ' ')
  return text.length > 90 ? `${text.slice(0, 87)}…` : text
}

/** Whether a file runs at build time (writes the site) rather than in the browser. */
export function isBuildTime(file: string): boolean {
  return file.startsWith('src/build/')
}

/** Scans the given files of a program: every finding, in file order. */
export function scanProgram(program: ts.Program, files: readonly string[], root: string) {
  const checker = program.getTypeChecker()
  const findings: Finding[] = []
  for (const file of files) {
    const source = program.getSourceFile(join(root, file))
    if (!source) throw new Error(`the program has no ${file}`)
    const report = (rule: string, at: ts.Node) => {
      const { line } = source.getLineAndCharacterOfPosition(at.getStart())
      findings.push({ file, rule, code: snippet(at), line: line + 1 })
    }
    const visit = (node: ts.Node) => {
      if (isBuildTime(file)) buildFindings(node, checker, report)
      else browserFindings(node, checker, report)
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return findings
}

/** A program over files on disk, with the repository's compiler options. */
export function programOf(root: string, files: readonly string[]): ts.Program {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile)
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root)
  return ts.createProgram({ rootNames: files.map((f) => join(root, f)), options })
}

/** A program over source text held in memory (planted fixtures), resolved from `root`. */
export function programOfText(root: string, sources: Record<string, string>): ts.Program {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile)
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root)
  const host = ts.createCompilerHost(options)
  const inMemory = new Map(Object.entries(sources).map(([f, text]) => [join(root, f), text]))
  const getSourceFile = host.getSourceFile
  host.getSourceFile = (name, language, ...rest) => {
    const text = inMemory.get(name)
    if (text === undefined) return getSourceFile.call(host, name, language, ...rest)
    return ts.createSourceFile(name, text, language, true)
  }
  const fileExists = host.fileExists
  host.fileExists = (name) => inMemory.has(name) || fileExists.call(host, name)
  const readFile = host.readFile
  host.readFile = (name) => inMemory.get(name) ?? readFile.call(host, name)
  return ts.createProgram({ rootNames: [...inMemory.keys()], options, host })
}

/** Every .ts and .tsx file under a folder, relative to root, sorted. */
export function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => `${folder}/${name.split('\\').join('/')}`)
    .sort()
}

/** Reads a file relative to root (for tests that look at the text itself). */
export function readSource(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8')
}
