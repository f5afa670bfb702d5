/**
 * The preview image renderer (src/build/og), without a build: resvg draws the text (it drops
 * text silently when it has no font: STYLE.md pitfall 13), lines stay inside their column, and
 * text from data is escaped.
 */
import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import basemap from '../../geo/basemap.json' with { type: 'json' }
import regions from '../../geo/peru-regions.json' with { type: 'json' }
import zones from '../../geo/zones.json' with { type: 'json' }
import {
  type CardContent,
  type CardGeometry,
  COLOURS,
  cardSvg,
  MAP_FRAME,
  STORY_CREDIT,
  STORY_TITLE,
  TEXT_RIGHT,
} from '../../src/build/og/card.ts'
import { cardFonts, OPTIONS, renderImage, renderPng } from '../../src/build/og/render.ts'
import { pngSize } from './png.ts'

const GEO = { regions, countries: basemap, zones } as unknown as CardGeometry
const AYACUCHO: CardContent = {
  label: 'Ayacucho',
  highlight: { kind: 'regions', regions: ['PE-AYA'] },
  title: STORY_TITLE,
  credit: STORY_CREDIT,
}
const TITLE_BOX = { x: 64, y: 250, width: 580, height: 160 } // px, where the title's lines fall

interface Image {
  width: number
  height: number
  pixels: Buffer // RGBA
}

// resvg's `pixels` is a getter that copies the whole buffer: read it once.
function render(svgText: string, options = OPTIONS): Image {
  const image = renderImage(svgText, options)
  return { width: image.width, height: image.height, pixels: image.pixels }
}

function rgb(image: Image, x: number, y: number): [number, number, number] {
  const i = (y * image.width + x) * 4
  const p = image.pixels
  return [p[i] ?? 0, p[i + 1] ?? 0, p[i + 2] ?? 0]
}

/** Pixels in the box darker than mid-grey: ink. */
function inkIn(image: Image, box: typeof TITLE_BOX): number {
  let count = 0
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const [r, g, b] = rgb(image, x, y)
      if (r + g + b < 3 * 128) count++
    }
  }
  return count
}

const svg = (content: Partial<CardContent>) =>
  cardSvg({ ...AYACUCHO, ...content }, GEO, cardFonts())

describe('preview images', () => {
  it('draw the story title with the bundled font', () => {
    const withTitle = inkIn(render(svg({})), TITLE_BOX)
    const without = inkIn(render(svg({ title: '' })), TITLE_BOX)
    expect(without).toBe(0)
    expect(withTitle).toBeGreaterThan(3000) // ~76 glyphs at 34 px
  })

  it('would draw no text at all without fonts, which is why fonts are passed explicitly', () => {
    const noFonts = { ...OPTIONS, font: { loadSystemFonts: false, fontFiles: [] } }
    expect(inkIn(render(svg({}), noFonts), TITLE_BOX)).toBe(0)
  })

  it('keep every name inside the text column, however long', () => {
    const paper = [0xff, 0xfd, 0xf8]
    const labels = [
      // the five longest names of the data: the ones that wrap
      ...dataset.places
        .map((p) => p.name.es)
        .sort((a, b) => b.length - a.length)
        .slice(0, 5),
      'Toque de queda: provincia de Huamanga (desde el 18 de diciembre de 2022), Ayacucho y Apurímac',
      'Supercalifragilisticoexpialidosoextraordinariamente',
    ]
    for (const label of labels) {
      const image = render(svg({ label }))
      const stray: string[] = []
      for (let y = 0; y < image.height; y++) {
        for (let x = TEXT_RIGHT + 4; x < MAP_FRAME.x; x++) {
          if (rgb(image, x, y).join() !== paper.join()) stray.push(`${x},${y}`)
        }
      }
      expect(stray.slice(0, 5), label).toEqual([])
    }
  })

  it('escape text from data', () => {
    const text = svg({ label: 'Ayacucho & <Huamanga> "x"' })
    expect(text).toContain('Ayacucho &amp;')
    expect(text).toContain('&lt;Huamanga&gt; &quot;x&quot;')
    expect(text).not.toContain('<Huamanga>')
    expect(() => renderPng(text)).not.toThrow()
  })

  it('are 1200×630 PNGs under 150 KB, with a place marked beyond the basemap', () => {
    const santiago = renderPng(
      svg({ label: 'Plaza Baquedano', highlight: { kind: 'point', lat: -33.437, lng: -70.634 } }),
    )
    expect(pngSize(santiago)).toEqual({ width: 1200, height: 630 })
    expect(santiago.length).toBeLessThan(150_000)
    expect(COLOURS.accent).toBe('#9d1c1c')
  })
})
