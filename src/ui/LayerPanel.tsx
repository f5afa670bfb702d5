/**
 * The layers control: every overlay with its legend colour and shape, a checkbox that toggles it
 * (and rewrites `?layers=`), its one-line legend, and what the layer as a whole says (the counts of
 * the dead, with their sources). The south's choropleth classes are labelled here.
 */
import { LAYER_IDS, type LayerId } from '../../data/types.ts'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { LAYER_COLORS } from '../layers/palette.ts'
import { useModel } from '../model/model.ts'
import { DeathsLegend } from './DeathsLegend.tsx'
import { FactList } from './FactList.tsx'
import { RunoffLegend } from './RunoffLegend.tsx'

interface Props {
  visible: readonly LayerId[]
  date?: string | null // the timeline's day, for the deaths legend's "as of"
  lang: Lang
  t: Strings
  onToggle: (layer: LayerId, on: boolean) => void
}

export function LayerPanel({ visible, date = null, lang, t, onToggle }: Props) {
  const { story } = useModel()
  return (
    <fieldset className="layer-panel">
      <legend className="panel-heading">{t.layersHeading}</legend>
      <ul className="layer-list">
        {LAYER_IDS.map((id) => {
          const info = story.layer(id)
          const on = visible.includes(id)
          const name = info?.name[lang] ?? id
          return (
            <li key={id} className={`layer-item layer-item-${id}`}>
              <label className="layer-toggle">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => onToggle(id, e.target.checked)}
                  data-layer={id}
                  aria-describedby={`legend-${id}`}
                />
                <span className={`swatch swatch-${id}`} style={{ borderColor: LAYER_COLORS[id] }} />
                <span className="layer-name">{name}</span>
              </label>
              <p className="layer-legend" id={`legend-${id}`}>
                {info?.legend[lang] ?? format(t.showLayer, { name })}
              </p>
              {on && id === 'south' && <RunoffLegend lang={lang} t={t} />}
              {on && id === 'deaths' && (
                <DeathsLegend
                  places={story.byLayer('deaths').map((e) => e.place)}
                  {...{ date, lang, t }}
                />
              )}
              {on && info && info.facts.length > 0 && (
                <details className="layer-facts">
                  <summary>{t.layerFacts}</summary>
                  <FactList ids={info.facts} lang={lang} t={t} />
                </details>
              )}
            </li>
          )
        })}
      </ul>
      <p className="legend-note">{t.approximateLegend}</p>
    </fieldset>
  )
}
