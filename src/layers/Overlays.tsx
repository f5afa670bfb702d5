/**
 * The visible overlays, in layer order: areas first (zones, curfew provinces), then points on top
 * (drawnParts.ts says which).
 * Each layer is a react-leaflet Pane-less group of its places; what is visible comes from the
 * link's `?layers=` (and, with the timeline, `?date=`).
 */
import type { LayerId } from '../../data/types.ts'
import type { Lang } from '../i18n/lang.ts'
import { useModel } from '../model/model.ts'
import { drawnParts } from './drawnParts.ts'
import { PlaceArea } from './PlaceArea.tsx'
import { PlaceMarker } from './PlaceMarker.tsx'

interface Props {
  layers: readonly LayerId[]
  selectedId: string | null
  lang: Lang
  isShown: (placeId: string) => boolean
  onSelect: (id: string) => void
}

export function Overlays({ layers, selectedId, lang, isShown, onSelect }: Props) {
  const { story } = useModel()
  const entries = layers.flatMap((layer) => story.byLayer(layer)).filter((e) => isShown(e.place.id))
  const { areas, points } = drawnParts(entries, selectedId)
  return (
    <>
      {areas.map((entry) => (
        <PlaceArea
          key={`${entry.place.id}-area`}
          entry={entry}
          selected={entry.place.id === selectedId}
          lang={lang}
          onSelect={onSelect}
        />
      ))}
      {points.map((entry) => (
        <PlaceMarker
          key={entry.place.id}
          entry={entry}
          selected={entry.place.id === selectedId}
          lang={lang}
          onSelect={onSelect}
        />
      ))}
    </>
  )
}
