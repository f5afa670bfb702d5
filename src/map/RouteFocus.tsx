/**
 * Moves the map to what the link selects: fits a region (at most FIT_MAX_ZOOM), or the whole of
 * Peru when nothing is selected. On the first render a view in the link wins over the fit.
 * Runs when the selection changes, not on every pan: the key is the selected region's code.
 */
import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import { useModel } from '../model/model.ts'
import type { BoundsTuple } from '../model/regions.ts'
import { FIT_MAX_ZOOM, FIT_PADDING } from './constants.ts'

interface Props {
  bounds: BoundsTuple | null // null: nothing selected
  focusKey: string // changes when the selection changes
  hasLinkView: boolean
}

export function RouteFocus({ bounds, focusKey, hasLinkView }: Props) {
  const map = useMap()
  const { regions } = useModel()
  const first = useRef(true)

  // biome-ignore lint/correctness/useExhaustiveDependencies: bounds follow focusKey; refitting on a new array of the same region would undo the user's pan
  useEffect(
    function fitSelection() {
      const isFirst = first.current
      first.current = false
      if (isFirst && hasLinkView) return
      if (bounds) {
        map.fitBounds(bounds, { maxZoom: FIT_MAX_ZOOM, padding: FIT_PADDING })
      } else if (isFirst) {
        map.fitBounds(regions.peruBounds, { padding: FIT_PADDING })
      }
    },
    [map, focusKey],
  )
  return null
}
