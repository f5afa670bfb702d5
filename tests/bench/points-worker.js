// The bench's point index, off the main thread: fetches the generated points (little-endian
// Float32 pairs lng, lat: no JSON to parse), indexes them with supercluster and answers cluster
// queries. Reports how long each step took, for the bench's breakdown.
importScripts('supercluster.min.js')

const MAX_ZOOM = 13 // clusters up to zoom 13; the app's maximum is 14, where points show singly
let index = null

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
    index = new Supercluster({ radius: 40, maxZoom: MAX_ZOOM }) // radius in pixels
    index.load(features)
    const t2 = performance.now()
    self.postMessage({ ready: true, fetchMs: t1 - t0, indexMs: t2 - t1 })
    return
  }
  if (!index) return
  // [lng, lat, count, …]: a typed array crosses to the main thread without cloning objects.
  const clusters = index.getClusters(data.bbox, data.zoom)
  const flat = new Float64Array(clusters.length * 3)
  clusters.forEach((c, i) => {
    flat[3 * i] = c.geometry.coordinates[0]
    flat[3 * i + 1] = c.geometry.coordinates[1]
    flat[3 * i + 2] = c.properties?.point_count ?? 1
  })
  self.postMessage({ clusters: flat }, [flat.buffer])
}
