/**
 * The deaths layer's legend in the Layers tab: what it counts, by the end of which day, the later
 * deaths it includes, and a size key drawn with the markers' own radii (model/deathsLegend.ts).
 */
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { LAYER_COLORS } from '../layers/palette.ts'
import { deathsLegend } from '../model/deathsLegend.ts'
import type { DatedPlace } from '../model/timeline.ts'
import './deathsLegend.css'

interface Props {
  places: readonly DatedPlace[]
  date: string | null
  lang: Lang
  t: Strings
}

const GAP = 6 // pixels between two circles of the key

export function DeathsLegend({ places, date, lang, t }: Props) {
  const legend = deathsLegend(places, date, lang, t)
  const color = LAYER_COLORS.deaths
  const height = Math.ceil(2 * Math.max(...legend.sizes.map((s) => s.radius))) + 4
  return (
    <div className="deaths-legend" data-as-of={legend.asOf ?? ''}>
      <p className="deaths-legend-count">{legend.count}</p>
      <p>{legend.what}</p>
      {legend.later && <p>{legend.later}</p>}
      <p className="deaths-legend-size">{t.deathsLegendSize}</p>
      <ul className="deaths-legend-key">
        {legend.sizes.map((step) => (
          <li key={step.people}>
            <svg
              width={Math.ceil(2 * step.radius) + GAP}
              height={height}
              aria-hidden="true"
              focusable="false"
            >
              <circle
                cx={step.radius + 2}
                cy={height / 2}
                r={step.radius}
                fill={color}
                fillOpacity={0.75}
                stroke={color}
                strokeWidth={2}
              />
            </svg>
            <span>{step.label}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
