/**
 * Where the bundled map runs out of detail (zoom ≥ DETAIL_ENDS_ZOOM), the map says so and offers
 * the street map (the optional OpenStreetMap tiles) in one click.
 */

import type { Lang } from '../i18n/lang.ts'
import { MAP_STRINGS } from '../i18n/mapStrings.ts'
import { MapControl } from './MapControl.tsx'
import { useMapZoom } from './useMapZoom.ts'

export const DETAIL_ENDS_ZOOM = 10 // the bundled geometry is ~1 km coarse: streets need tiles

interface Props {
  lang: Lang
  onStreetMap: (() => void) | null // null while the street map is shown
}

export function DetailNotice({ lang, onStreetMap }: Props) {
  const t = MAP_STRINGS[lang]
  const zoom = useMapZoom()
  if (!onStreetMap || zoom < DETAIL_ENDS_ZOOM) return null
  return (
    <MapControl position="topleft" className="detail-notice">
      <p role="status">
        {t.detailEnds}{' '}
        <button type="button" className="button" onClick={onStreetMap}>
          {t.showStreetMap}
        </button>
      </p>
    </MapControl>
  )
}
