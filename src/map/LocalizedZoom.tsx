/** Leaflet's zoom buttons with accessible names in the current language (recreated on change). */
import { ZoomControl } from 'react-leaflet'
import type { Strings } from '../i18n/strings.ts'

export function LocalizedZoom({ t }: { t: Strings }) {
  return (
    <ZoomControl
      key={t.zoomIn}
      position="topleft"
      zoomInTitle={t.zoomIn}
      zoomOutTitle={t.zoomOut}
    />
  )
}
