/**
 * static-frame.js: a classic script the build emits on its own (src/build/svg/frameScript.ts) and
 * every page loads right after its static map, before the first paint and before the app. It
 * computes the view the live map will open on for the map's box (src/map/frame.ts, Leaflet's own
 * math) and sets the SVG's viewBox to it, so the first paint is already the live map's frame.
 * It sets attributes only (CSP: no inline script or style); it follows resizes.
 *
 * It also hands the map over: once the app's live map has drawn its regions (same view, same
 * place), the static map is hidden in the frame that paints them, so the reader sees no gap and
 * no jump. The page's static card (build/card/) goes the same way once the live card has drawn
 * its body (or once the app shows no card, or cannot load). Done here rather than in the app,
 * which keeps the app's initial bundle (budget 130 KB gzip) free of it; if the app never loads,
 * the static map simply stays.
 */
import { pageLang } from '../indexPage/pageLang.ts'
import { PHONE_QUERY, touchRadius } from '../layers/touchRadius.ts'
import { parseViewHash } from '../state/view.ts'
import { MAP_LIMITS } from './constants.ts'
import { type FrameTarget, openingView, setView, viewBoxOf } from './frame.ts'
import { fitPadding, readInsets } from './mapInsets.ts'

/** The covered margins as RouteFocus fits with them (shrunk on tiny screens: mapInsets.ts). */
function insetsFor(frame: HTMLElement, [x, y]: [number, number]) {
  const {
    paddingTopLeft: [left, top],
    paddingBottomRight: [right, bottom],
  } = fitPadding(readInsets(frame), { x, y })
  return { top, right, bottom, left }
}

function place(frame: HTMLElement): void {
  const svg = frame.querySelector('svg')
  const size: [number, number] = [frame.clientWidth, frame.clientHeight]
  if (!svg || frame.hidden || size[0] === 0 || size[1] === 0) return
  const target = JSON.parse(frame.dataset.target ?? 'null') as FrameTarget | null
  const refZoom = Number(frame.dataset.refZoom)
  if (!target || !Number.isFinite(refZoom)) return
  // The app's own reader, so the first paint opens on the view the live map will: a link's view
  // clamped and wrapped as the app reads it, and a junk or out-of-range one ignored as the app does.
  const link = parseViewHash(location.hash)
  const view = link
    ? setView([link.lat, link.lng], link.zoom, size, MAP_LIMITS)
    : openingView(target, size, insetsFor(frame, size), MAP_LIMITS)
  svg.setAttribute('viewBox', viewBoxOf(view, size, refZoom).join(' '))
  const k = 2 ** (refZoom - view.zoom) // SVG units per screen pixel
  const phone = matchMedia(PHONE_QUERY).matches // the live map's symbols are touch-sized there
  for (const node of svg.querySelectorAll<SVGElement>('[data-r]')) {
    node.setAttribute('r', String(touchRadius(Number(node.dataset.r), phone) * k))
  }
  for (const node of svg.querySelectorAll<SVGTextElement>('[data-fs]')) {
    node.setAttribute('font-size', String(Number(node.dataset.fs) * k))
    node.setAttribute('y', String(Number(node.dataset.y) - Number(node.dataset.dy) * k))
  }
}

const REGION_COUNT = 26 // the live map is drawn once all its region paths exist
const LIVE_REGIONS = '.leaflet-container path.region'
const LIVE_COMPLETE = '.leaflet-container.map-complete' // every stage and its lazy parts drawn: map/MapComplete.tsx
const LOAD_FAILED = '.load-status [role="alert"]' // the app's "could not load" and its Reload button (ui/LoadStatus.tsx)

/** Calls `check` on every change to the page's elements or classes until it returns true. */
function watchPage(check: () => boolean): void {
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect()
  })
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class'],
  })
}

function handOver(frame: HTMLElement): void {
  watchPage(() => {
    if (document.querySelector(LOAD_FAILED)) {
      // The app could not load its map: its message and Reload button take the map's place.
      frame.hidden = true
      return true
    }
    if (
      document.querySelectorAll(LIVE_REGIONS).length < REGION_COUNT ||
      !document.querySelector(LIVE_COMPLETE)
    )
      return false
    // In a frame callback: the live map's paths and the hidden frame are painted together.
    requestAnimationFrame(() => {
      frame.hidden = true
    })
    return true
  })
}

const LIVE_CARD_BODY =
  '.side-panel .card-slot .card :is(.region-details, .card-empty, .card-description)'
const APP_WITHOUT_CARD = '.app-main:not(.has-card)' // the address selects nothing (any more)

function handOverCard(card: HTMLElement): void {
  watchPage(() => {
    if (!document.querySelector(`${LIVE_CARD_BODY}, ${APP_WITHOUT_CARD}, ${LOAD_FAILED}`)) {
      return false
    }
    // Removed, not hidden: the live card has the same ids. In a frame callback, so the live
    // card's text and the static card's going are painted together.
    requestAnimationFrame(() => card.remove())
    return true
  })
}

/**
 * Starts the app once the static page has painted: its module script and preloads wait in
 * `<template id="app-start">` (build/appStart.ts), so that they do not compete with the page's
 * HTML and stylesheet for the network before the first paint. "Painted" is the browser's own
 * first-contentful-paint entry (a frame callback is not enough: the frame it precedes can reach
 * the screen after the task it queues); a browser without paint timing, or a page not painted
 * (a background tab), starts it after FIRST_PAINT_WAIT_MS. The tags are made anew (a script
 * copied from a template may not run) with the same attributes, so addresses resolve as they
 * would have.
 */
const FIRST_PAINT_WAIT_MS = 1500
/**
 * Adding a tag starts its fetch, about 1–10 ms each at CPU ×4; the 25 tags of a region page took
 * one task of 90–140 ms at CPU ×4. They are added in order, the module script first, in tasks of
 * at most this long.
 */
const SLICE_MS = 8

function addInSlices(tags: Element[]): void {
  const begun = performance.now()
  while (tags.length && performance.now() - begun < SLICE_MS) {
    const tag = tags.shift() as Element
    const copy = document.createElement(tag.tagName.toLowerCase())
    for (const { name, value } of tag.attributes) copy.setAttribute(name, value)
    document.head.append(copy)
  }
  if (tags.length) setTimeout(() => addInSlices(tags), 0)
}

function startAppAfterFirstPaint(template: HTMLTemplateElement): void {
  let started = false
  const start = () => {
    if (started) return
    started = true
    addInSlices([...template.content.children])
  }
  const fallback = setTimeout(start, FIRST_PAINT_WAIT_MS)
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return
    observer.disconnect()
    clearTimeout(fallback)
    setTimeout(start, 0)
  }).observe({ type: 'paint', buffered: true })
}

/** Keeps the card in the language the app will show (the page carries both: build/card/). */
function pickLanguage(card: HTMLElement): void {
  const lang = pageLang(location.search, navigator.languages ?? [navigator.language])
  for (const slot of card.querySelectorAll<HTMLElement>('[data-lang]')) {
    if (slot.dataset.lang === lang) slot.hidden = false
    else slot.remove()
  }
}

const appStart = document.getElementById('app-start')
if (appStart instanceof HTMLTemplateElement) startAppAfterFirstPaint(appStart)

const card = document.getElementById('static-card')
if (card) {
  pickLanguage(card)
  handOverCard(card)
}

const frame = document.getElementById('static-frame')
if (frame) {
  place(frame)
  addEventListener('resize', () => place(frame))
  handOver(frame)
}
