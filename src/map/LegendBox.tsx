/**
 * The on-map legend's box, over the map's top-right corner. The box is there from the first paint
 * (its size is reserved in mapExtras.css), its content loads after it (legend/MapLegend.tsx), so
 * nothing shifts, and the first fit of Peru keeps clear of it (map/insets.css counts it as a covered margin).
 */
import { Suspense } from 'react'
import type { LayerId } from '../../data/types.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { LazyMapLegend } from './lazyMap.ts'
import './mapExtras.css'

interface Props {
  layers: readonly LayerId[]
  isShown: (placeId: string) => boolean
  fillsOn: boolean
  date: string | null
  lang: Lang
  t: Strings
}

export function LegendBox(props: Props) {
  return (
    <div className="map-legend-box">
      <Suspense fallback={null}>
        <LazyMapLegend {...props} />
      </Suspense>
    </div>
  )
}
