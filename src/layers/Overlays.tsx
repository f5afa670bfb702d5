/**
 * The visible overlays, in layer order: areas first (zones, curfew provinces), then points on top
 * (drawnParts.ts says which).
 * Each layer is a react-leaflet Pane-less group of its places; what is visible comes from the
 * link's `?layers=` (and, with the timeline, `?date=`).
 */
import { Suspense, useMemo, useState } from 'react'
import type { LayerId } from '../../data/types.ts'
import type { Lang } from '../i18n/lang.ts'
import { LazySpreader } from '../map/lazyMap.ts'
import { useModel } from '../model/model.ts'
import type { LatLngTuple } from '../model/regions.ts'
import { drawnParts } from './drawnParts.ts'
import { PlaceArea } from './PlaceArea.tsx'
import { PlaceMarker } from './PlaceMarker.tsx'

const NOTHING_MOVED: ReadonlyMap<string, LatLngTuple> = new Map()

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
  const pointsKey = points.map((e) => e.place.id).join(',')
  // biome-ignore lint/correctness/useExhaustiveDependencies: the same points, the same array: a new one each render would respread on every render
  const spreadPoints = useMemo(() => points, [pointsKey])
  // Where spread symbols are drawn (map/Spreader.tsx, after the first paint); the rest at their place.
  const [moved, setMoved] = useState<ReadonlyMap<string, LatLngTuple>>(NOTHING_MOVED)
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
      <Suspense fallback={null}>
        <LazySpreader points={spreadPoints} onMoved={setMoved} />
      </Suspense>
      {points.map((entry) => (
        <PlaceMarker
          key={entry.place.id}
          entry={entry}
          position={moved.get(entry.place.id) ?? entry.anchor}
          selected={entry.place.id === selectedId}
          lang={lang}
          onSelect={onSelect}
        />
      ))}
    </>
  )
}
