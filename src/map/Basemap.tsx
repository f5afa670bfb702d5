/**
 * The bundled basemap: the sea is the map's background colour (styles.css), the neighbours are a
 * non-interactive GeoJSON layer in their own pane under the regions, with text labels.
 * It is drawn whatever the base layer, so the map is never blank; over tiles it is hidden.
 */
import type { Feature, Geometry } from 'geojson'
import type { PathOptions } from 'leaflet'
import { useMemo } from 'react'
import { GeoJSON, Marker, Pane } from 'react-leaflet'
import type { Lang } from '../i18n/lang.ts'
import type { CountryProps } from '../model/basemap.ts'
import { useModel } from '../model/model.ts'
import { labelIcon } from './labelIcon.ts'

const NEIGHBOUR_STYLE: PathOptions = {
  color: '#9c978c', // border line
  weight: 0.8,
  fillColor: '#e9e5dc',
  fillOpacity: 1,
}
const BASEMAP_PANE_Z = 250 // above tiles (200), below overlays (400)
const LABELS_PANE_Z = 260 // above the countries: in one pane, Leaflet would stack labels under them

function countryStyle(feature?: Feature<Geometry, CountryProps>): PathOptions {
  return { ...NEIGHBOUR_STYLE, className: `basemap-country basemap-${feature?.properties.iso_a2}` }
}

function CountryLabels({ lang }: { lang: Lang }) {
  const { basemap } = useModel()
  const icons = useMemo(
    () => basemap.labels.map((c) => ({ ...c, icon: labelIcon(c.name[lang], 'country-label') })),
    [basemap, lang],
  )
  return (
    <>
      {icons.map((c) => (
        <Marker
          key={c.iso}
          position={c.anchor}
          icon={c.icon}
          interactive={false}
          keyboard={false}
        />
      ))}
    </>
  )
}

export function Basemap({ lang, visible }: { lang: Lang; visible: boolean }) {
  const { basemap } = useModel()
  if (!visible) return null
  return (
    <>
      <Pane name="basemap" style={{ zIndex: BASEMAP_PANE_Z }}>
        <GeoJSON data={basemap.neighbours} style={countryStyle} interactive={false} />
      </Pane>
      <Pane name="basemap-labels" style={{ zIndex: LABELS_PANE_Z }}>
        <CountryLabels lang={lang} />
      </Pane>
    </>
  )
}
