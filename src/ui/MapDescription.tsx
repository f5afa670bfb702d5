/**
 * The map in words, as the app shows it: the same text the build writes into every page
 * (describe/describe.ts), following the visible layers, the date and the selection, and the facts
 * once they load. It is out of sight until it has the focus (the skip link, or Tab from the map):
 * then it opens over the map, where it can be read and scrolled; Tab or a click elsewhere closes it.
 */
import { useMemo } from 'react'
import type { LayerId } from '../../data/types.ts'
import { describeMap } from '../describe/describe.ts'
import { allStrings } from '../i18n/allStrings.ts'
import type { Lang } from '../i18n/lang.ts'
import { SHORT_DESCRIPTION_ID } from '../map/useMapName.ts'
import { useDetails } from '../model/details.ts'
import { useModel } from '../model/model.ts'
import type { Selection } from '../model/selection.ts'
import { DESCRIPTION_ID } from './SkipLink.ts'

interface Props {
  layers: readonly LayerId[]
  date: string | null
  selection: Selection
  lang: Lang
}

export function MapDescription({ layers, date, selection, lang }: Props) {
  const { regions, story } = useModel()
  const details = useDetails()
  const layersKey = layers.join(',') // a new array each render, the same layers
  // biome-ignore lint/correctness/useExhaustiveDependencies: layersKey stands for layers
  const text = useMemo(
    () => describeMap({ regions, story, details, layers, date, selection }, lang),
    [regions, story, details, layersKey, date, selection, lang],
  )
  const t = allStrings(lang)
  const headingId = `${DESCRIPTION_ID}-heading`
  return (
    <section
      id={DESCRIPTION_ID}
      className="map-description"
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <h2 id={headingId}>{t.describeHeading}</h2>
      <p id={SHORT_DESCRIPTION_ID}>{text.short}</p>
      {text.blocks.map((block, i) => (
        // Blocks have no id of their own; their order is fixed by the layers and the selection.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div key={i}>
          <h3>{block.heading}</h3>
          <ul>
            {block.lines.map((line, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines may repeat; order is fixed
              <li key={j}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
