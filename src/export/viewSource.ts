/**
 * What the image's legend is made from, handed down by the page that shows the map (the full
 * site's App, the embed's map) rather than imported here: the Share panel's chunk importing the
 * address hook or the model loader made Vite split React and the data types out of the first
 * load's one chunk (+1.3 KB gzip, over its budget).
 */
import type { Model } from '../model/model.ts'
import type { UrlState } from '../state/url.ts'

export interface ViewSource {
  state: UrlState // the address as parsed (layers, route)
  model: Model | null // the loaded data; null while it loads
}
