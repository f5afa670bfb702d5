/**
 * The neighbouring region in a direction, from the adjacency graph the geo build derives from the
 * regions' shared borders (geo/adjacency.json): the neighbour whose bearing (from centre to
 * centre) is nearest the direction, if it is less than 90° off; none otherwise.
 *
 *   neighbourToward(adjacency, 'PE-AYA', 90) → 'PE-APU' (Apurímac, bearing 86°)
 */
export interface Neighbour {
  iso: string
  bearing: number // degrees clockwise from north, centre to centre
}
export type Adjacency = Readonly<Record<string, readonly Neighbour[]>>

/** The arrow keys' directions, degrees clockwise from north. */
export const ARROW_BEARINGS: Readonly<Record<string, number>> = {
  ArrowUp: 0,
  ArrowRight: 90,
  ArrowDown: 180,
  ArrowLeft: 270,
}
const MAX_OFF = 90 // degrees: a neighbour more than this off the direction is not "that way"

/** The angle between two bearings, 0–180°. */
export function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % 360
  return d > 180 ? 360 - d : d
}

export function neighbourToward(
  adjacency: Adjacency,
  iso: string,
  direction: number,
): string | null {
  let best: Neighbour | null = null
  for (const n of adjacency[iso] ?? []) {
    const off = angleBetween(n.bearing, direction)
    if (off >= MAX_OFF) continue
    if (!best || off < angleBetween(best.bearing, direction)) best = n
  }
  return best?.iso ?? null
}
