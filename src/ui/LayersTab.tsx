/** The Layers tab: the layers control with its legends, the data download, the base map choice. */
import type { LayerId } from '../../data/types.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { appRoot } from '../state/root.ts'
import { BasemapChooser, type BasemapId } from './BasemapChooser.tsx'
import { LayerPanel } from './LayerPanel.tsx'

interface Props {
  visible: readonly LayerId[]
  date?: string | null // the timeline's day (the deaths legend says "as of" it)
  lang: Lang
  t: Strings
  onToggle: (layer: LayerId, on: boolean) => void
  basemap: BasemapId
  onBasemap: (value: BasemapId) => void
}

export function LayersTab({ visible, date, lang, t, onToggle, basemap, onBasemap }: Props) {
  return (
    <>
      <LayerPanel visible={visible} date={date} lang={lang} t={t} onToggle={onToggle} />
      <p className="download">
        <a href={new URL('data/places.geojson', appRoot()).href} download>
          {t.downloadData}
        </a>
      </p>
      <BasemapChooser value={basemap} t={t} onChange={onBasemap} />
    </>
  )
}
