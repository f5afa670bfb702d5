import { describe, expect, it } from 'vitest'
import { imageFileName, layoutImage, SCALE, wrap } from '../../src/export/layout.ts'
import { legendRows } from '../../src/export/legendRows.ts'
import { LAYER_COLORS, RUNOFF_CLASSES } from '../../src/layers/palette.ts'

const measure = (text: string) => text.length * 8 // px: 8 per character, for the layout's sake

describe('the downloaded image’s legend', () => {
  it('has a row per visible layer, in its colour, and the run-off classes under the south', () => {
    const rows = legendRows(['south', 'deaths'], (id) => `name of ${id}`, 'en')
    expect(rows[0]).toEqual({ kind: 'layer', color: LAYER_COLORS.south, label: 'name of south' })
    expect(rows.slice(1, -1).map((r) => r.color)).toEqual(RUNOFF_CLASSES.map((c) => c.color))
    expect(rows[1]?.label).toBe('0.0% – 30.0%')
    expect(rows.at(-2)?.label).toBe('85.0% – 100.0%')
    expect(rows.at(-1)).toEqual({
      kind: 'layer',
      color: LAYER_COLORS.deaths,
      label: 'name of deaths',
    })
  })

  it('is empty when no layer is shown', () => {
    expect(legendRows([], () => 'x', 'es')).toEqual([])
  })
})

describe('the image’s layout', () => {
  it('wraps words to the width and never loses one', () => {
    const lines = wrap('one two three four five six', 104, '', measure)
    expect(lines).toEqual(['one two three', 'four five six'])
    expect(wrap('averyveryverylongword x', 40, '', measure)).toEqual(['averyveryverylongword', 'x'])
  })

  it('puts the title above the map, the legend and credits below, all inside the image', () => {
    const rows = legendRows(['article', 'deaths', 'airports'], (id) => id, 'en')
    const layout = layoutImage(
      800,
      600,
      { title: 'T', subtitle: 'S', legendHeading: 'Legend', rows, credits: ['C1', 'C2'] },
      measure,
    )
    expect(layout.width).toBe(800)
    expect(layout.map).toMatchObject({ x: 0, width: 800, height: 600 })
    const [title, subtitle] = layout.texts
    expect(title?.y).toBeLessThan(layout.map.y)
    expect(subtitle?.y).toBeLessThan(layout.map.y)
    const below = layout.texts.filter((op) => op.y > layout.map.y + layout.map.height)
    expect(below.map((op) => op.text)).toEqual([
      'Legend',
      'article',
      'deaths',
      'airports',
      'C1',
      'C2',
    ])
    expect(layout.swatches).toHaveLength(3)
    for (const op of layout.texts) {
      expect(op.x + measure(op.text)).toBeLessThanOrEqual(layout.width)
      expect(op.y).toBeLessThan(layout.height)
    }
    expect(SCALE).toBeGreaterThanOrEqual(1)
  })

  it('flows legend rows onto a new line when the width is used up', () => {
    const rows = legendRows(['south'], (id) => id, 'en') // 6 rows, ~110 px each
    const layout = layoutImage(
      300,
      200,
      { title: 'T', subtitle: 'S', legendHeading: 'L', rows, credits: [] },
      measure,
    )
    const ys = new Set(layout.swatches.map((s) => s.y))
    expect(ys.size).toBeGreaterThan(2)
    for (const s of layout.swatches) expect(s.x + s.size).toBeLessThanOrEqual(300)
  })
})

describe('the image’s file name', () => {
  it('names the region or place, in ASCII, and nothing from a hostile address', () => {
    expect(imageFileName('/region/ayacucho/')).toBe('peru-map-region-ayacucho.png')
    expect(imageFileName('/peru-map/embed/place/antamina/')).toBe('peru-map-place-antamina.png')
    expect(imageFileName('/')).toBe('peru-map.png')
    expect(imageFileName('/region/%3Cscript%3E/')).toBe('peru-map.png')
    expect(imageFileName('/region/../')).toBe('peru-map.png')
  })
})
