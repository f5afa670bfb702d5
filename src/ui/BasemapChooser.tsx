/** The choice of base layer: the bundled map (default, offline) or OpenStreetMap tiles. */
import type { Strings } from '../i18n/strings.ts'

export type BasemapId = 'bundled' | 'osm'

interface Props {
  value: BasemapId
  t: Strings
  onChange: (value: BasemapId) => void
}

export function BasemapChooser({ value, t, onChange }: Props) {
  return (
    <fieldset className="basemap-chooser">
      <legend className="panel-heading">{t.basemapHeading}</legend>
      <label>
        <input
          type="radio"
          name="basemap"
          value="bundled"
          checked={value === 'bundled'}
          onChange={() => onChange('bundled')}
        />{' '}
        {t.basemapBundled}
      </label>
      <label>
        <input
          type="radio"
          name="basemap"
          value="osm"
          checked={value === 'osm'}
          onChange={() => onChange('osm')}
        />{' '}
        {t.basemapOsm}
      </label>
    </fieldset>
  )
}
