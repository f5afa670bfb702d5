/**
 * Label points for the basemap's countries: the pole of inaccessibility of the largest part
 * (polygon.mjs), unless that lies more than `radius` degrees from Peru's centre while part of the
 * country lies within it; then the pole of that part. So Brazil is named in western Amazonas
 * (6.4° S, 67.1° W), not in the middle of the country, and Colombia and Bolivia near their
 * borders with Peru: where the map shows them when it shows Peru.
 */
import { featureCollection, intersect, polygon } from '@turf/turf'
import { asFeature } from './clip.mjs'
import { labelPoint } from './polygon.mjs'

const CIRCLE_STEPS = 64 // sides of the polygon standing in for the circle

/**
 * @param {number[]} peruBox [west, south, east, north] degrees; its centre is Peru's
 * @param {number} radius degrees (planar)
 * @returns {(geometry: object) => { lat: number, lng: number }}
 */
export function labeller([west, south, east, north], radius) {
  const [lng0, lat0] = [(west + east) / 2, (south + north) / 2]
  const ring = []
  for (let i = 0; i <= CIRCLE_STEPS; i++) {
    const angle = (2 * Math.PI * (i % CIRCLE_STEPS)) / CIRCLE_STEPS
    ring.push([lng0 + radius * Math.cos(angle), lat0 + radius * Math.sin(angle)])
  }
  const circle = polygon([ring])
  return (geometry) => {
    const whole = labelPoint(geometry)
    if (Math.hypot(whole.lng - lng0, whole.lat - lat0) <= radius) return whole
    const near = intersect(featureCollection([asFeature(geometry), circle]))
    return near ? labelPoint(near.geometry) : whole
  }
}
