/**
 * One point place on the map: a circle marker (dashed when approximate) that opens the place.
 * `position` is where it is drawn: its place, or spread away from symbols it would hide
 * (map/Spreader.tsx); on phones it is at least touch-sized (placeStyle.ts). Its name shows on hover
 * and keyboard focus (map/HoverNames.tsx, which also makes it a keyboard button).
 */
import type { CircleMarker as LeafletCircleMarker } from 'leaflet'
import { memo, useMemo, useRef } from 'react'
import { CircleMarker } from 'react-leaflet'
import type { Lang } from '../i18n/lang.ts'
import type { LatLngTuple } from '../model/regions.ts'
import type { PlaceEntry } from '../model/story.ts'
import { placeClassName, pointRadius, pointStyle } from './placeStyle.ts'
import { nameElement, useAccessibleName } from './useAccessibleName.ts'

interface Props {
  entry: PlaceEntry
  position: LatLngTuple
  selected: boolean
  lang: Lang
  onSelect: (id: string) => void
}

export const PlaceMarker = memo(function PlaceMarker({
  entry,
  position,
  selected,
  lang,
  onSelect,
}: Props) {
  const ref = useRef<LeafletCircleMarker | null>(null)
  const name = entry.place.name[lang]
  const style = useMemo(() => pointStyle(entry, selected), [entry, selected])
  const handlers = useMemo(
    () => ({
      click: () => onSelect(entry.place.id),
      add: () => nameElement(ref.current, name),
    }),
    [entry, onSelect, name],
  )
  useAccessibleName(ref, name)
  return (
    <CircleMarker
      ref={ref}
      center={position}
      radius={pointRadius(entry)}
      pathOptions={style}
      className={placeClassName(entry, 'point')}
      eventHandlers={handlers}
      bubblingMouseEvents={false}
    />
  )
})
