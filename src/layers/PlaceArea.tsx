/**
 * One area place on the map: a zone built at build time (the southern macro-region, a mining
 * zone), a curfew province (hatched; Leaflet's attribution credits INEI while one is on the map) or
 * a set of whole regions, drawn from shared geometry. Areas made of whole regions are not
 * clickable: a click there belongs to the region beneath, whose popup lists them; they open from
 * their markers, the legend or the list.
 */
import type { Feature, FeatureCollection } from 'geojson'
import type { GeoJSON as LeafletGeoJSON, Path } from 'leaflet'
import { memo, useMemo, useRef } from 'react'
import { GeoJSON } from 'react-leaflet'
import type { Lang } from '../i18n/lang.ts'
import { STRINGS } from '../i18n/strings.ts'
import { useModel } from '../model/model.ts'
import type { PlaceEntry } from '../model/story.ts'
import { areaStyle } from './placeStyle.ts'
import { nameElement } from './useAccessibleName.ts'

interface Props {
  entry: PlaceEntry
  selected: boolean
  lang: Lang
  onSelect: (id: string) => void
}

export const PlaceArea = memo(function PlaceArea({ entry, selected, lang, onSelect }: Props) {
  const { regions, basemap } = useModel()
  const ref = useRef<LeafletGeoJSON | null>(null)
  const name = entry.place.name[lang]
  const data = useMemo<FeatureCollection>(() => {
    if (entry.zone) return { type: 'FeatureCollection', features: [entry.zone] }
    if (entry.regions.length === regions.list.length) return basemap.peru
    const wanted = new Set(entry.regions)
    const features: Feature[] = regions.geojson.features.filter((f) => wanted.has(f.properties.iso))
    return { type: 'FeatureCollection', features }
  }, [entry, regions, basemap])
  const style = useMemo(() => areaStyle(entry, selected), [entry, selected])
  const kind = entry.zone?.properties.kind
  const interactive = kind === 'buffer' || kind === 'province'
  const provinceCredit = kind === 'province' ? STRINGS[lang].attributionProvinces : undefined
  const handlers = useMemo(() => {
    const nameAll = () => ref.current?.eachLayer((l) => nameElement(l as Path, name))
    return { click: () => onSelect(entry.place.id), add: nameAll }
  }, [entry, onSelect, name])
  return (
    <GeoJSON
      key={lang}
      ref={ref}
      data={data}
      style={style}
      eventHandlers={handlers}
      interactive={interactive}
      attribution={provinceCredit}
      bubblingMouseEvents={false}
    />
  )
})
