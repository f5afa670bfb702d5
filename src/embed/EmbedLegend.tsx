/**
 * The embed's compact on-map legend: one line per visible layer, with the same swatch as the
 * full site's layers panel. Folded on small frames (a tap opens it), open on wider ones.
 */
import type { LayerId } from '../../data/types.ts'
import type { Lang } from '../i18n/lang.ts'
import { SHARE_STRINGS } from '../i18n/shareStrings.ts'
import { LAYER_COLORS } from '../layers/palette.ts'
import { useModel } from '../model/model.ts'

const OPEN_FROM = 560 // px of frame width: below it the legend starts folded

interface Props {
  layers: readonly LayerId[]
  lang: Lang
}

export function EmbedLegend({ layers, lang }: Props) {
  const s = SHARE_STRINGS[lang]
  const { story } = useModel()
  if (layers.length === 0) return null
  return (
    <details className="embed-legend" open={window.innerWidth >= OPEN_FROM}>
      <summary>{s.legendHeading}</summary>
      <ul>
        {layers.map((id) => (
          <li key={id}>
            <span className={`swatch swatch-${id}`} style={{ borderColor: LAYER_COLORS[id] }} />
            {story.layer(id)?.name[lang] ?? id}
          </li>
        ))}
      </ul>
    </details>
  )
}
