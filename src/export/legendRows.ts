/**
 * The image's legend, pure, from the layer definitions (data/layers.json via the model) and the
 * palette, not from any legend on screen: one row per visible layer with its colour, and under
 * "The south" the run-off classes with their ranges. For `?layers=south,deaths` in English:
 *
 *   [{ kind: 'layer', color: '#a63603', label: 'The south' },
 *    { kind: 'class', color: '#feedde', label: '0% – 30%' }, …,
 *    { kind: 'layer', color: '#b00020', label: 'Deaths' }]
 */
import type { LayerId } from '../../data/types.ts'
import { formatPercent } from '../i18n/dates.ts'
import type { Lang } from '../i18n/lang.ts'
import { LAYER_COLORS, RUNOFF_CLASSES } from '../layers/palette.ts'

export interface LegendRow {
  kind: 'layer' | 'class'
  color: string
  label: string
}

export function legendRows(
  layers: readonly LayerId[],
  nameOf: (id: LayerId) => string | undefined,
  lang: Lang,
): LegendRow[] {
  return layers.flatMap((id): LegendRow[] => {
    const row: LegendRow = { kind: 'layer', color: LAYER_COLORS[id], label: nameOf(id) ?? id }
    if (id !== 'south') return [row]
    const classes = RUNOFF_CLASSES.map(
      (c): LegendRow => ({
        kind: 'class',
        color: c.color,
        label: `${formatPercent(c.min, lang)} – ${formatPercent(Math.min(c.max, 100), lang)}`,
      }),
    )
    return [row, ...classes]
  })
}
