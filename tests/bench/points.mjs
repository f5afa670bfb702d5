// Generated points spread over Peru for the bench's scale test: a seeded PRNG (mulberry32), so
// every run draws the same points; each point is kept only if it lies inside one of the regions
// (ray casting on the outer rings). Returns a flat [lng, lat, lng, lat, …] array, 4 decimals.

function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function inRing(ring, x, y) {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]
    const [xj, yj] = ring[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

export function generatePoints(regions, count, seed = 20221216) {
  const polygons = regions.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  )
  const boxes = polygons.map((p) => {
    const xs = p[0].map((c) => c[0])
    const ys = p[0].map((c) => c[1])
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
  })
  const [west, south, east, north] = boxes.reduce((a, b) => [
    Math.min(a[0], b[0]),
    Math.min(a[1], b[1]),
    Math.max(a[2], b[2]),
    Math.max(a[3], b[3]),
  ])
  const random = mulberry32(seed)
  const flat = []
  while (flat.length < count * 2) {
    const x = west + random() * (east - west)
    const y = south + random() * (north - south)
    const inside = polygons.some(
      (p, i) =>
        x >= boxes[i][0] &&
        x <= boxes[i][2] &&
        y >= boxes[i][1] &&
        y <= boxes[i][3] &&
        inRing(p[0], x, y),
    )
    if (inside) flat.push(Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4)
  }
  return flat
}
