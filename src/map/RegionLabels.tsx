/**
 * Region names on the map, in the current language, at each region's label point. Callao and
 * Lima Metropolitana are too small to label until the map is zoomed in.
 */
import { useMemo } from 'react'
import { Marker } from 'react-leaflet'
import type { Lang } from '../i18n/lang.ts'
import { useModel } from '../model/model.ts'
import { labelIcon } from './labelIcon.ts'
import { SMALL_LABEL_MIN_ZOOM, SMALL_REGIONS } from './regionLabelZoom.ts'
import { useMapZoom } from './useMapZoom.ts'

export function RegionLabels({ lang }: { lang: Lang }) {
  const { regions, story } = useModel()
  const zoom = useMapZoom()
  const labels = useMemo(
    () =>
      regions.list.map((r) => ({
        iso: r.iso,
        anchor: r.anchor,
        icon: labelIcon(
          r.name[lang],
          `region-label region-label-${r.iso}${story.namedRegions.has(r.iso) ? ' region-label-named' : ''}`,
        ),
      })),
    [lang, regions, story],
  )
  return (
    <>
      {labels
        .filter((l) => zoom >= SMALL_LABEL_MIN_ZOOM || !SMALL_REGIONS.has(l.iso))
        .map((l) => (
          <Marker
            key={l.iso}
            position={l.anchor}
            icon={l.icon}
            interactive={false}
            keyboard={false}
          />
        ))}
    </>
  )
}
