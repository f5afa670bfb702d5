/**
 * What makes the map explain itself, around the layers: the legend in its box, reserved from the
 * first paint (its content loads after it, so nothing shifts and the first fit keeps clear of it),
 * and the tools that can wait (MapTools.tsx: Whole of Peru, scale bar, detail notice).
 */
import { lazy, Suspense, useMemo } from 'react'
import type { LayerId } from '../../data/types.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { useModel } from '../model/model.ts'
import { MapControl } from './MapControl.tsx'
import './mapExtras.css'

const LazyMapLegend = lazy(() =>
  import('./legend/MapLegend.tsx').then((m) => ({ default: m.MapLegend })),
)
const LazyMapTools = lazy(() => import('./MapTools.tsx').then((m) => ({ default: m.MapTools })))

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
      <MapControl position="topright" className="map-legend-box">
        <Suspense fallback={null}>
          <LazyMapLegend {...{ layers, shown, fillsOn, date, lang, t }} />
        </Suspense>
      </MapControl>
      <Suspense fallback={null}>
        <LazyMapTools lang={lang} onStreetMap={onStreetMap} />
      </Suspense>
    </>
  )
}
