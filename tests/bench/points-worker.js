// The bench's point index, off the main thread: fetches the generated points (little-endian
// Float32 pairs lng, lat: no JSON to parse) and indexes them with supercluster in two steps. A
// coarse index (zooms MIN_ZOOM…the first view's zoom) answers the first view; the full index
// (to MAX_ZOOM) follows and answers every later query. On this machine the full index of 100,000
// points took 0.6–1.6 s, too long to wait for before showing anything. Reports each step's time.
importScripts('supercluster.min.js')

const MIN_ZOOM = 4 // the app's minimum zoom: no clusters are needed below it
const MAX_ZOOM = 13 // clusters up to zoom 13; the app's maximum is 14, where points show singly
const RADIUS = 40 // cluster radius in pixels
let index = null

function toFlat(clusters) {
  // [lng, lat, count, …]: a typed array crosses to the main thread without cloning objects.
  const flat = new Float64Array(clusters.length * 3)
  clusters.forEach((c, i) => {
    flat[3 * i] = c.geometry.coordinates[0]
    flat[3 * i + 1] = c.geometry.coordinates[1]
    flat[3 * i + 2] = c.properties?.point_count ?? 1
  })
  return flat
}

self.onmessage = async ({ data }) => {
  if (data.load) {
    const t0 = performance.now()
    const flat = new Float32Array(await (await fetch(data.load)).arrayBuffer())
    const t1 = performance.now()
    const features = new Array(flat.length / 2)
    for (let i = 0; i < features.length; i++) {
      features[i] = {
        type: 'Feature',
        properties: null,
        geometry: { type: 'Point', coordinates: [flat[2 * i], flat[2 * i + 1]] },
      }
    }
    const firstZoom = Math.min(Math.max(data.zoom, MIN_ZOOM), MAX_ZOOM)
    const coarse = new Supercluster({ radius: RADIUS, minZoom: MIN_ZOOM, maxZoom: firstZoom })
    coarse.load(features)
    const t2 = performance.now()
    index = coarse
    const clusters = toFlat(coarse.getClusters(data.bbox, firstZoom))
    self.postMessage({ clusters, fetchMs: t1 - t0, coarseMs: t2 - t1 }, [clusters.buffer])
    setTimeout(() => {
      const full = new Supercluster({ radius: RADIUS, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM })
      full.load(features)
      index = full
      self.postMessage({ fullMs: performance.now() - t2 })
    })
    return
  }
  if (!index) return
  const clusters = toFlat(index.getClusters(data.bbox, data.zoom))
  self.postMessage({ clusters }, [clusters.buffer])
}
