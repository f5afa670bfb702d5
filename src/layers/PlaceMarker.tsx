/**
 * One point place on the map: a circle marker (dashed when approximate) that opens the place, with
 * its name in a tooltip on hover and keyboard focus. `position` is where it is drawn: its place, or
 * spread away from symbols it would hide (map/useSpread.ts).
 */
import type { CircleMarker as LeafletCircleMarker } from 'leaflet'
import { memo, useEffect, useMemo, useRef } from 'react'
import { CircleMarker, Tooltip } from 'react-leaflet'
import type { Lang } from '../i18n/lang.ts'
import { makeFocusable } from '../map/focusable.ts'
import { touchRadius } from '../map/touch.ts'
import type { LatLngTuple } from '../model/regions.ts'
import type { PlaceEntry } from '../model/story.ts'
import { placeClassName, pointRadius, pointStyle } from './placeStyle.ts'
import { nameElement } from './useAccessibleName.ts'

interface Props {
  entry: PlaceEntry
  position: LatLngTuple
  selected: boolean
  lang: Lang
  onSelect: (id: string) => void
}

export const PlaceMarker = memo(function PlaceMarker(props: Props) {
  const { entry, position, selected, lang, onSelect } = props
  const ref = useRef<LeafletCircleMarker | null>(null)
  const name = entry.place.name[lang]
  const radius = touchRadius(pointRadius(entry))
  const style = useMemo(() => pointStyle(entry, selected), [entry, selected])
  const handlers = useMemo(() => {
    const open = () => onSelect(entry.place.id)
    const label = () => {
      nameElement(ref.current, name)
      makeFocusable(ref.current?.getElement(), open) // a button: it opens the place
    }
    return { click: open, add: label }
  }, [entry, onSelect, name])
  useEffect(
    function nameTheSymbol() {
      handlers.add()
    },
    [handlers],
  )
  return (
    <CircleMarker
      ref={ref}
      center={position}
      radius={radius}
      pathOptions={style}
      className={placeClassName(entry, 'point')}
      eventHandlers={handlers}
      bubblingMouseEvents={false}
    >
      <Tooltip direction="top" offset={[0, -radius]} className="place-tooltip">
        {name}
      </Tooltip>
    </CircleMarker>
  )
})
