// The region card's place dots are CSS classes (the static card in the HTML may not carry style
// attributes under the CSP); their colours must stay the layers' colours of the map and legend.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LAYER_IDS } from '../../data/types.ts'
import { LAYER_COLORS } from '../../src/layers/palette.ts'

const css = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8')

describe('place dots', () => {
  for (const id of LAYER_IDS) {
    it(`.place-dot-${id} is the ${id} layer's colour`, () => {
      const rule = new RegExp(`\\.place-dot-${id} \\{\\s*background: (#[0-9a-f]{6});`).exec(css)
      expect(rule?.[1]).toBe(LAYER_COLORS[id])
    })
  }
})
