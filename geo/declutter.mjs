/**
 * Which zoom each label starts at, decided once at build time: labels are taken in rank order and
 * each gets the lowest zoom from which, at every zoom up to the map's maximum, its box overlaps no
 * label already shown there (the fixed ones: region and country names; and the labels placed
 * before it). A label that overlaps even at the maximum gets none and is never drawn.
 *
 * One minimum zoom per label is enough because a box contains its anchor: zooming in by one
 * doubles the distance between two anchors and keeps the boxes' sizes, so two labels that are
 * apart at a zoom stay apart at every higher one.
 */
import { collide } from './labelBoxes.mjs'

/**
 * @typedef {{ lat: number, lng: number, box: number[], minZoom: number }} Shown
 * @param {Shown[]} fixed labels drawn anyway, each from its own minZoom
 * @param {{ lat: number, lng: number, box: number[], from: number }[]} ranked the labels to place,
 *   best first, each with the lowest zoom it may start at
 * @param {number} to the map's maximum zoom
 * @returns {(number | null)[]} each ranked label's minimum zoom, in the same order
 */
export function minZooms(fixed, ranked, to) {
  const shown = [...fixed]
  return ranked.map((label) => {
    let lowest = null
    for (let zoom = to; zoom >= label.from; zoom--) {
      const clash = shown.some((other) => other.minZoom <= zoom && collide(label, other, zoom))
      if (clash) break
      lowest = zoom
    }
    if (lowest !== null) shown.push({ ...label, minZoom: lowest })
    return lowest
  })
}
