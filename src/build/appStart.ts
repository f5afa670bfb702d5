/**
 * Starts the app after the page's first paint, not before it. Vite puts the app's module script
 * and its module preloads in `<head>`, so the browser fetches ~190 KB gzip of JavaScript while the
 * static page (map, card, title: HTML and CSS only) is still on its way to the screen. This moves
 * those tags into `<template id="app-start">`, right before static-frame.js, which adds them to
 * the document once the static page has painted (map/staticFrameBoot.ts). Nothing else changes:
 * the same files, in the same order, with the same attributes (the budget test still reads them).
 *
 *   <head>… <script type="module" crossorigin src="./assets/index-abc.js"></script>
 *           <link rel="modulepreload" crossorigin href="./assets/react-abc.js"> …</head>
 *   →  <body>… <template id="app-start"><script type="module" …></script><link …></template>
 *            <script src="./assets/static-frame-abc.js"></script> …
 */

const APP_TAGS =
  /[ \t]*(?:<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>)\n?/g
const FRAME_SCRIPT = /<script src="[^"]*static-frame-[\w-]+\.js"><\/script>/

export function withAppAfterFirstPaint(html: string): string {
  const headEnd = html.indexOf('</head>')
  if (headEnd < 0) throw new Error('appStart: the page has no </head>')
  const tags: string[] = []
  const head = html.slice(0, headEnd).replace(APP_TAGS, (tag) => {
    tags.push(tag.trim())
    return ''
  })
  if (!tags.some((tag) => tag.startsWith('<script'))) {
    throw new Error("appStart: the page's <head> has no module script (the app's entry)")
  }
  const body = html.slice(headEnd)
  if (!FRAME_SCRIPT.test(body)) throw new Error('appStart: the page has no static-frame.js')
  const template = `<template id="app-start">${tags.join('')}</template>`
  return head + body.replace(FRAME_SCRIPT, (script) => `${template}\n    ${script}`)
}
