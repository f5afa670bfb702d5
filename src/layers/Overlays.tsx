/**
 * The visible overlays, in layer order: areas first (zones, curfew provinces), then points on top
 * (drawnParts.ts says which).
 * Each layer is a react-leaflet Pane-less group of its places; what is visible comes from the
 * link's `?layers=` (and, with the timeline, `?date=`).
 */
import { lazy, Suspense, useMemo } from 'react'
import type { LayerId } from '../../data/types.ts'
import type { Lang } from '../i18n/lang.ts'
import { touchRadius } from '../map/touch.ts'
import { useSpread } from '../map/useSpread.ts'
import { useModel } from '../model/model.ts'
import { drawnParts } from './drawnParts.ts'
import { PlaceArea } from './PlaceArea.tsx'
import { PlaceMarker } from './PlaceMarker.tsx'
import { pointRadius } from './placeStyle.ts'

const SpreadLeaders = lazy(() =>
  import('../map/SpreadLeaders.tsx').then((m) => ({ default: m.SpreadLeaders })),
)

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
  // biome-ignore lint/correctness/useExhaustiveDependencies: the same points give the same inputs; a new array each render would respread on every render
  const inputs = useMemo(
    () =>
      points.map((e) => ({
        id: e.place.id,
        anchor: e.anchor,
        radius: touchRadius(pointRadius(e)),
      })),
    [pointsKey],
  )
  const moved = useSpread(inputs)
  const anchors = useMemo(() => new Map(inputs.map((s) => [s.id, s.anchor])), [inputs])
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
      {moved.size > 0 && (
        <Suspense fallback={null}>
          <SpreadLeaders anchors={anchors} moved={moved} />
        </Suspense>
      )}
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
