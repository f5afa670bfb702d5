/** Map set-up values shared by the map components. */

export const MIN_ZOOM = 4 // below this Peru is a speck
export const MAX_ZOOM = 14 // the bundled geometry has ~300 m detail (4 decimals); tiles allow more
export const FIT_MAX_ZOOM = 8 // fitting a small region (Callao) must not zoom to street level
export const POINT_ZOOM = 8 // opening a point place zooms in at least this far
export const FIT_PADDING: [number, number] = [24, 24] // pixels around a fitted region
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [-30, -95],
  [8, -55],
] // [[south, west], [north, east]]: the neighbours' window plus room to pan

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
export const OSM_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors' // a constant, never data

/** The map's zoom and pan limits, as src/map/frame.ts computes Leaflet's views with them. */
export const MAP_LIMITS = { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, maxBounds: MAX_BOUNDS }
