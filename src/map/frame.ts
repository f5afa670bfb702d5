/**
 * The live map's opening view, computed without Leaflet: Leaflet 1.9's Web Mercator projection
 * (EPSG:3857), `getBoundsZoom`, `fitBounds` with paddings, `setView` and its `maxBounds` limit,
 * with zoomSnap 1. The static map in the HTML (src/build/svg/) is positioned with it before any
 * module runs (static-frame.js), so its first paint shows what the live map will open on:
 *
 *   openingView({ fit: [[-15.7, -75.2], [-12.1, -72.8]] }, [960, 744], insets, limits)
 *   → { center: [-13.9, -74.0], zoom: 7 }, the view `map.fitBounds(…)` opens on /region/ayacucho/.
 *
 * No imports: the build bundles this file alone into a classic script (src/build/svg/frameScript.ts).
 * Unit-tested against Leaflet's own results (tests/unit/frame.test.ts).
 */

export type LatLng = [number, number] // [lat, lng], Leaflet's order
export type LatLngBounds = [LatLng, LatLng] // [[south, west], [north, east]]
export type Size = [number, number] // [width, height] in CSS pixels, as Leaflet's getSize
/** The covered margins of the map, in pixels: the fit keeps the selection out of them. */
export interface Insets {
  top: number
  right: number
  bottom: number
  left: number
}

export interface View {
  center: LatLng
  zoom: number
  /** The world pixel at the map's top-left corner, when a pan (not a reset) set it. */
  origin?: [number, number]
}

/**
 * What a page opens on: a region or area fitted, a point centred, or the whole of Peru fitted;
 * `peru` is the map's very first view (MapContainer fits it before RouteFocus moves).
 */
export type FrameTarget = { peru: LatLngBounds } & (
  | { fit: LatLngBounds; maxZoom?: number }
  | { point: LatLng; minZoom: number }
)

export interface Limits {
  minZoom: number
  maxZoom: number
  maxBounds: LatLngBounds
}

const EARTH_RADIUS = 6378137 // metres: Leaflet's SphericalMercator.R
const MAX_LATITUDE = 85.0511287798 // degrees: Leaflet's SphericalMercator.MAX_LATITUDE
const TILE = 256 // pixels: the world's width at zoom 0
const D = Math.PI / 180
const SCALE = 0.5 / (Math.PI * EARTH_RADIUS) // Leaflet's EPSG3857 transformation

/** Leaflet's `map.project(latlng, zoom)`: pixel coordinates of the world at `zoom`. */
export function project([lat, lng]: LatLng, zoom: number): [number, number] {
  const s = TILE * 2 ** zoom
  const sin = Math.sin(Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE) * D)
  const x = EARTH_RADIUS * lng * D
  const y = (EARTH_RADIUS * Math.log((1 + sin) / (1 - sin))) / 2
  return [s * (SCALE * x + 0.5), s * (-SCALE * y + 0.5)]
}

/** Leaflet's `map.unproject(point, zoom)`. */
export function unproject([px, py]: [number, number], zoom: number): LatLng {
  const s = TILE * 2 ** zoom
  const x = (px / s - 0.5) / SCALE
  const y = (py / s - 0.5) / -SCALE
  return [(2 * Math.atan(Math.exp(y / EARTH_RADIUS)) - Math.PI / 2) / D, x / D / EARTH_RADIUS]
}

function clampZoom(zoom: number, limits: Limits): number {
  return Math.max(limits.minZoom, Math.min(limits.maxZoom, zoom))
}

/** Leaflet's `getBoundsZoom(bounds, false, padding)` with zoomSnap 1. */
export function boundsZoom(
  [[s, w], [n, e]]: LatLngBounds,
  size: Size,
  padding: [number, number],
  limits: Limits,
): number {
  const [x1, y1] = project([n, w], 0)
  const [x2, y2] = project([s, e], 0)
  const scale = Math.min((size[0] - padding[0]) / (x2 - x1), (size[1] - padding[1]) / (y2 - y1))
  let zoom = Math.log(scale) / Math.LN2
  zoom = Math.round(zoom / 0.01) * 0.01 // Leaflet: "don't jump if within 1% of a snap level"
  return clampZoom(Math.floor(zoom), limits)
}

function rebound(left: number, right: number): number {
  return left + right > 0
    ? Math.round(left - right) / 2
    : Math.max(0, Math.ceil(left)) - Math.max(0, Math.floor(right))
}

/** Leaflet's `_limitCenter`: `setView` keeps the view inside `maxBounds`. */
export function limitCenter(center: LatLng, zoom: number, size: Size, limits: Limits): LatLng {
  const [cx, cy] = project(center, zoom)
  const [[s, w], [n, e]] = limits.maxBounds
  const [minX, minY] = project([n, w], zoom)
  const [maxX, maxY] = project([s, e], zoom)
  const dx = rebound(minX - (cx - size[0] / 2), -(maxX - (cx + size[0] / 2)))
  const dy = rebound(minY - (cy - size[1] / 2), -(maxY - (cy + size[1] / 2)))
  if (Math.abs(dx) <= 1 && Math.abs(dy) <= 1) return center
  return unproject([cx + dx, cy + dy], zoom)
}

/** Leaflet's `fitBounds(bounds, { paddingTopLeft, paddingBottomRight, maxZoom })`. */
export function fitView(
  bounds: LatLngBounds,
  size: Size,
  insets: Insets,
  limits: Limits,
  maxZoom?: number,
): View {
  const padding: [number, number] = [insets.left + insets.right, insets.top + insets.bottom]
  let zoom = boundsZoom(bounds, size, padding, limits)
  if (maxZoom !== undefined) zoom = Math.min(maxZoom, zoom)
  const [[s, w], [n, e]] = bounds
  const [swx, swy] = project([s, w], zoom)
  const [nex, ney] = project([n, e], zoom)
  const offsetX = (insets.right - insets.left) / 2
  const offsetY = (insets.bottom - insets.top) / 2
  const center = unproject([(swx + nex) / 2 + offsetX, (swy + ney) / 2 + offsetY], zoom)
  return setView(center, zoom, size, limits)
}

/** Leaflet's `setView(center, zoom)`: the zoom snapped and clamped, the centre kept in bounds. */
export function setView(center: LatLng, zoom: number, size: Size, limits: Limits): View {
  const z = clampZoom(Math.round(zoom), limits)
  return { center: limitCenter(center, z, size, limits), zoom: z }
}

const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 }

function pixelOrigin(view: View, size: Size): [number, number] {
  if (view.origin) return view.origin
  const [cx, cy] = project(view.center, view.zoom)
  return [Math.round(cx - size[0] / 2), Math.round(cy - size[1] / 2)]
}

/**
 * Leaflet's `setView` from a loaded map at `from`, not animated: a new zoom resets the view;
 * at the same zoom the map pans by the whole pixels of the offset (`_tryAnimatedPan`), so the
 * result can differ from `to` by less than a pixel.
 */
export function moveTo(from: View, to: View, size: Size): View {
  if (to.zoom !== from.zoom) return to
  const origin = pixelOrigin(from, size)
  const [tx, ty] = project(to.center, to.zoom)
  const dx = Math.trunc(Math.round(tx) - origin[0] - size[0] / 2)
  const dy = Math.trunc(Math.round(ty) - origin[1] - size[1] / 2)
  if (dx === 0 && dy === 0) return from
  if (Math.abs(dx) > size[0] || Math.abs(dy) > size[1]) return to
  const moved: [number, number] = [origin[0] + dx, origin[1] + dy]
  const center = unproject([moved[0] + size[0] / 2, moved[1] + size[1] / 2], to.zoom)
  return { center, zoom: to.zoom, origin: moved }
}

/**
 * The view the live map opens on for a page's target (src/map/RouteFocus.tsx): a fitted region or
 * area, or a point centred at the larger of `minZoom` and the zoom of the map's first view (Peru
 * fitted without padding by MapContainer).
 */
export function openingView(target: FrameTarget, size: Size, insets: Insets, limits: Limits): View {
  const first = fitView(target.peru, size, NO_INSETS, limits)
  const next =
    'fit' in target
      ? fitView(target.fit, size, insets, limits, target.maxZoom)
      : setView(target.point, Math.max(first.zoom, target.minZoom), size, limits)
  return moveTo(first, next, size)
}

/**
 * The part of the world a view shows, in pixel coordinates at `refZoom` (the static SVG's
 * coordinate space): [x, y, width, height], for the SVG's viewBox. Leaflet rounds its pixel
 * origin, and so does this.
 */
export function viewBoxOf(
  view: View,
  size: Size,
  refZoom: number,
): [number, number, number, number] {
  const [cx, cy] = project(view.center, view.zoom)
  const k = 2 ** (refZoom - view.zoom)
  const ox = Math.round(cx - size[0] / 2)
  const oy = Math.round(cy - size[1] / 2)
  return [ox * k, oy * k, size[0] * k, size[1] * k]
}
