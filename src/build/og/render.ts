/**
 * Renders the preview images with resvg (Rust, through @resvg/resvg-js's prebuilt binary): no
 * browser, no system fonts. One image per canonical page, written to og/<key>.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type RenderedImage, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js'
import { imagePath } from '../head.ts'
import type { Page } from '../pages.ts'
import { type CardFonts, type CardGeometry, cardSvg, STORY_CREDIT, STORY_TITLE } from './card.ts'
import { FONT_FAMILY, FONT_FILES } from './fonts.ts'
import { readMetrics } from './metrics.ts'

export const OPTIONS: ResvgRenderOptions = {
  font: {
    fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
    loadSystemFonts: false,
    defaultFontFamily: FONT_FAMILY,
  },
  fitTo: { mode: 'original' },
  shapeRendering: 2, // geometricPrecision: anti-aliased edges
  logLevel: 'off',
}

let metrics: CardFonts | null = null

export function cardFonts(): CardFonts {
  metrics ??= { regular: readMetrics(FONT_FILES.regular), bold: readMetrics(FONT_FILES.bold) }
  return metrics
}

/** An SVG rendered with the bundled fonts only (`options` only for tests: fonts left out). */
export function renderImage(svg: string, options: ResvgRenderOptions = OPTIONS): RenderedImage {
  return new Resvg(svg, options).render()
}

export function renderPng(svg: string): Buffer {
  return renderImage(svg).asPng()
}

export interface RenderedCard {
  file: string // below the output folder: og/<key>.png
  bytes: number
}

/** Writes the image of every canonical page (aliases share it) into `outDir`. */
export function writeCards(pages: readonly Page[], geo: CardGeometry, outDir: string) {
  const fonts = cardFonts()
  const written: RenderedCard[] = []
  mkdirSync(join(outDir, 'og'), { recursive: true })
  for (const page of pages) {
    if (page.path !== page.canonicalPath) continue
    const svg = cardSvg(
      { label: page.label.es, highlight: page.highlight, title: STORY_TITLE, credit: STORY_CREDIT },
      geo,
      fonts,
    )
    const png = renderPng(svg)
    const file = imagePath(page)
    writeFileSync(join(outDir, file), png)
    written.push({ file, bytes: png.length })
  }
  return written
}
