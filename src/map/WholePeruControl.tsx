/**
 * The way back: a "Whole of Peru" button under the zoom buttons, and the Home key while the map
 * has focus, fit the whole country into the uncovered map (RouteFocus.tsx: fitUncovered). The selection stays open.
 */
import { useEffect } from 'react'
import { useMap } from 'react-leaflet'
import type { Lang } from '../i18n/lang.ts'
import { MAP_STRINGS } from '../i18n/mapStrings.ts'
import { useModel } from '../model/model.ts'
import { MapControl } from './MapControl.tsx'
import { fitUncovered } from './RouteFocus.tsx'

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

export function WholePeruControl({ lang }: { lang: Lang }) {
  const t = MAP_STRINGS[lang]
  const map = useMap()
  const { regions } = useModel()
  useEffect(
    function homeKey() {
      const container = map.getContainer()
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Home' || e.target !== container) return
        e.preventDefault()
        fitUncovered(map, regions.peruBounds, { animate: !prefersReducedMotion() })
      }
      container.addEventListener('keydown', onKey)
      return () => container.removeEventListener('keydown', onKey)
    },
    [map, regions],
  )
  return (
    <MapControl position="topleft" className="leaflet-bar whole-peru">
      <button
        type="button"
        className="whole-peru-button"
        title={t.wholePeruTitle}
        aria-keyshortcuts="Home"
        onClick={() => fitUncovered(map, regions.peruBounds, { animate: !prefersReducedMotion() })}
      >
        {t.wholePeru}
      </button>
    </MapControl>
  )
}
