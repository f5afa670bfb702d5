/**
 * The map's own accessible name and description. react-leaflet passes no ARIA attributes to the
 * container Leaflet creates (an `aria-label` on MapContainer is dropped), so they are set on the
 * container once the map exists, and again when the language changes: an application named
 * "Map of Peru and its 26 regions", described by the short description of what it shows
 * (ui/MapDescription.tsx). Its arrow keys move between regions (map/useRegionKeys.ts), so it is an
 * application for screen readers, not a document to browse.
 */
import { useEffect } from 'react'
import { allStrings } from '../i18n/allStrings.ts'
import type { Lang } from '../i18n/lang.ts'

export const SHORT_DESCRIPTION_ID = 'map-description-short' // the build's too (build/description.ts)

export function useMapName(container: HTMLElement | null, lang: Lang): void {
  const { mapLabel: label, mapRoleDescription: roleDescription } = allStrings(lang)
  useEffect(
    function nameTheMap() {
      if (!container) return
      container.setAttribute('role', 'application')
      container.setAttribute('aria-roledescription', roleDescription)
      container.setAttribute('aria-label', label)
      container.setAttribute('aria-describedby', SHORT_DESCRIPTION_ID)
    },
    [container, label, roleDescription],
  )
}
