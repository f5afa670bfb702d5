/**
 * What makes the map explain itself, around the layers: the "Whole of Peru" control (and Home
 * key), a metric scale bar, the legend in its reserved box (its content loads after the first
 * paint), the notice where the bundled map runs out of detail, and, closer in, rivers, lakes and
 * towns (loaded only when the map zooms in past the whole-country view).
 */
import { lazy, Suspense, useMemo } from 'react'
import { ScaleControl } from 'react-leaflet'
import type { LayerId } from '../../data/types.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { useModel } from '../model/model.ts'
import { DetailNotice } from './DetailNotice.tsx'
import { MapControl } from './MapControl.tsx'
import { WholePeruControl } from './WholePeruControl.tsx'
import './mapExtras.css'

const LazyMapLegend = lazy(() =>
  import('./legend/MapLegend.tsx').then((m) => ({ default: m.MapLegend })),
)

interface Props {
  layers: readonly LayerId[]
  isShown: (placeId: string) => boolean
  fillsOn: boolean
  date: string | null
  lang: Lang
  t: Strings
  onStreetMap: (() => void) | null
}

export function MapExtras({ layers, isShown, fillsOn, date, lang, t, onStreetMap }: Props) {
  const { story } = useModel()
  const shown = useMemo(
    () => layers.flatMap((layer) => story.byLayer(layer)).filter((e) => isShown(e.place.id)),
    [layers, story, isShown],
  )
  return (
    <>
      <WholePeruControl t={t} />
      <ScaleControl position="topleft" imperial={false} />
      <DetailNotice t={t} onStreetMap={onStreetMap} />
      <MapControl position="topright" className="map-legend-box">
        <Suspense fallback={null}>
          <LazyMapLegend {...{ layers, shown, fillsOn, date, lang, t }} />
        </Suspense>
      </MapControl>
    </>
  )
}
