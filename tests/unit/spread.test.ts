/** The spread of overlapping symbols (src/map/spread.ts): no symbol hides another afterwards. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { GAP, type SpreadSymbol, spreadOffsets } from '../../src/map/spread.ts'

function placed(symbols: readonly SpreadSymbol[]) {
  const offsets = spreadOffsets(symbols)
  return symbols.map((s) => {
    const o = offsets.get(s.id) ?? { dx: 0, dy: 0 }
    return { ...s, x: s.x + o.dx, y: s.y + o.dy }
  })
}

function closestGap(symbols: readonly SpreadSymbol[]): number {
  let gap = Number.POSITIVE_INFINITY
  for (let i = 0; i < symbols.length; i++) {
    for (let j = i + 1; j < symbols.length; j++) {
      const a = symbols[i] as SpreadSymbol
      const b = symbols[j] as SpreadSymbol
      gap = Math.min(gap, Math.hypot(a.x - b.x, a.y - b.y) - a.r - b.r)
    }
  }
  return gap
}

const symbolsArb = fc
  .array(
    fc.record({
      x: fc.integer({ min: 0, max: 200 }),
      y: fc.integer({ min: 0, max: 200 }),
      r: fc.integer({ min: 7, max: 15 }),
    }),
    { minLength: 2, maxLength: 40 },
  )
  .map((list) => list.map((s, i) => ({ ...s, id: `s${i}` })))

describe('spreadOffsets', () => {
  it('leaves symbols that do not overlap where they are', () => {
    const symbols = [
      { id: 'a', x: 0, y: 0, r: 7 },
      { id: 'b', x: 100, y: 0, r: 7 },
    ]
    expect(spreadOffsets(symbols).size).toBe(0)
  })

  it('spreads symbols on the same spot apart, the first to the west', () => {
    const symbols = [
      { id: 'a', x: 50, y: 50, r: 7 },
      { id: 'b', x: 50, y: 50, r: 7 },
      { id: 'c', x: 50, y: 50, r: 7 },
    ]
    const after = placed(symbols)
    expect(closestGap(after)).toBeGreaterThanOrEqual(GAP - 0.01)
    expect(after[0]?.x).toBeLessThan(50)
  })

  it('leaves no two circles overlapping, for any set of up to 40 symbols', () => {
    fc.assert(
      fc.property(symbolsArb, (symbols) => {
        expect(closestGap(placed(symbols))).toBeGreaterThanOrEqual(GAP - 0.01)
      }),
      { numRuns: 200 },
    )
  })

  it('gives the same offsets for the same symbols', () => {
    fc.assert(
      fc.property(symbolsArb, (symbols) => {
        expect(spreadOffsets(symbols)).toEqual(spreadOffsets(symbols))
      }),
      { numRuns: 50 },
    )
  })
})
