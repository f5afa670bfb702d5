/**
 * Spreads overlapping symbols apart in screen space, so that no symbol hides another and each is
 * one click away. Pure: pixel positions in, pixel offsets out; the map calls it once per zoom level
 * with the symbols projected at that zoom (useSpread.ts).
 *
 * Symbols at the very same spot (three deaths rows at Ayacucho's airport) start on a small ring,
 * in input order; then overlapping pairs are pushed apart along the line between them until no two
 * circles are closer than GAP, or MAX_ROUNDS is reached. Deterministic: same input, same output.
 *
 *   spreadOffsets([{ id: 'a', x: 0, y: 0, r: 7 }, { id: 'b', x: 0, y: 0, r: 7 }])
 *     → Map { 'a' → { dx: -8, dy: 0 }, 'b' → { dx: 8, dy: 0 } }   (rounded)
 */

export interface SpreadSymbol {
  id: string
  x: number // pixels
  y: number // pixels
  r: number // radius in pixels, the click target's
}

export interface Offset {
  dx: number // pixels
  dy: number // pixels
}

export const GAP = 2 // pixels between two spread circles
const MAX_ROUNDS = 200 // relaxation rounds; ~40 symbols settle in under 30
const SAME_SPOT = 0.5 // pixels: closer than this counts as the same spot

/** Offsets for the symbols that must move; a symbol that stays where it is has no entry. */
export function spreadOffsets(symbols: readonly SpreadSymbol[], gap = GAP): Map<string, Offset> {
  const pos = symbols.map((s) => ({ x: s.x, y: s.y }))
  seedSameSpots(symbols, pos, gap)
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (!relax(symbols, pos, gap)) break
  }
  const out = new Map<string, Offset>()
  symbols.forEach((s, i) => {
    const p = pos[i] as { x: number; y: number }
    const dx = p.x - s.x
    const dy = p.y - s.y
    if (Math.hypot(dx, dy) > 0.01) out.set(s.id, { dx, dy })
  })
  return out
}

/** Symbols on one spot start on a ring around it (a ring fits n circles of the largest radius). */
function seedSameSpots(
  symbols: readonly SpreadSymbol[],
  pos: { x: number; y: number }[],
  gap: number,
) {
  const done = new Set<number>()
  symbols.forEach((s, i) => {
    if (done.has(i)) return
    const group = [i]
    for (let j = i + 1; j < symbols.length; j++) {
      const o = symbols[j] as SpreadSymbol
      if (!done.has(j) && Math.hypot(o.x - s.x, o.y - s.y) < SAME_SPOT) group.push(j)
    }
    if (group.length < 2) return
    const r = Math.max(...group.map((k) => (symbols[k] as SpreadSymbol).r)) + gap / 2
    const ring = r / Math.sin(Math.PI / group.length)
    group.forEach((k, n) => {
      done.add(k)
      const angle = Math.PI + (2 * Math.PI * n) / group.length // the first to the left (west)
      pos[k] = { x: s.x + ring * Math.cos(angle), y: s.y + ring * Math.sin(angle) }
    })
  })
}

/** One round: pushes every overlapping pair apart, half each. Returns whether anything moved. */
function relax(
  symbols: readonly SpreadSymbol[],
  pos: { x: number; y: number }[],
  gap: number,
): boolean {
  let moved = false
  for (let i = 0; i < symbols.length; i++) {
    for (let j = i + 1; j < symbols.length; j++) {
      const a = pos[i] as { x: number; y: number }
      const b = pos[j] as { x: number; y: number }
      const need = (symbols[i] as SpreadSymbol).r + (symbols[j] as SpreadSymbol).r + gap
      let dx = b.x - a.x
      let dy = b.y - a.y
      let d = Math.hypot(dx, dy)
      if (d >= need - 1e-6) continue
      if (d < 1e-9) {
        dx = 1 // two seeds landed on one spot: split them east-west
        dy = 0
        d = 1
      }
      const push = (need - d) / 2 + 0.01
      const ux = dx / d
      const uy = dy / d
      a.x -= ux * push
      a.y -= uy * push
      b.x += ux * push
      b.y += uy * push
      moved = true
    }
  }
  return moved
}
