/**
 * A text label for the map as a Leaflet DivIcon whose content is a DOM element filled with
 * `textContent`: Leaflet renders a string `html` option as HTML, so we never pass one.
 */
import { DivIcon } from 'leaflet'

export function labelIcon(text: string, className: string): DivIcon {
  const span = document.createElement('span')
  span.textContent = text
  return new DivIcon({ html: span, className, iconSize: undefined, iconAnchor: undefined })
}
