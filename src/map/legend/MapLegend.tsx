/**
 * The on-map legend, for exactly the visible layers: each layer's symbol and name, the size key
 * of the deaths, the run-off classes, hatching, dashed = approximate, hollow = not named in the
 * article, the fill of the regions the article names; and above them the headline figure: the
 * article's "at least 21 killed" beside the count the map draws and its "as of" date.
 * Open at first on a laptop, one tap away (collapsed) on a phone. Loaded after the first paint.
 */
import { useState } from 'react'
import type { LayerId } from '../../../data/types.ts'
import { formatPercent } from '../../i18n/dates.ts'
import { format } from '../../i18n/format.ts'
import type { Lang } from '../../i18n/lang.ts'
import { MAP_STRINGS } from '../../i18n/mapStrings.ts'
import type { Strings } from '../../i18n/strings.ts'
import { LAYER_COLORS, RUNOFF_CLASSES } from '../../layers/palette.ts'
import { deathsLegend } from '../../model/deathsLegend.ts'
import { useModel } from '../../model/model.ts'
import { LegendSymbol } from './LegendSymbol.tsx'
import { legendRows } from './legendRows.ts'

const NAMED_FILL = '#f6e9cf' // map/regionStyle.ts NAMED
const HEADLINE = /at least \d+ killed/ // the article's own figure: its title, the text's first line
const PHONE = '(max-width: 720px)'

interface Props {
  layers: readonly LayerId[]
  isShown: (placeId: string) => boolean
  fillsOn: boolean
  date: string | null
  lang: Lang
  t: Strings
}

export function MapLegend({ layers, isShown, fillsOn, date, lang, t }: Props) {
  const { story, article } = useModel()
  const shown = layers.flatMap((layer) => story.byLayer(layer)).filter((e) => isShown(e.place.id))
  const m = MAP_STRINGS[lang]
  const [open, setOpen] = useState(() => !window.matchMedia?.(PHONE).matches)
  const rows = legendRows(layers, shown, fillsOn)
  const deaths = deathsLegend(
    story.byLayer('deaths').map((e) => e.place),
    date,
    lang,
    t,
  )
  const quote = HEADLINE.exec(article.text)?.[0]
  return (
    <section className={`map-legend${open ? ' map-legend-open' : ''}`} aria-label={m.legendHeading}>
      <button
        type="button"
        className="map-legend-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? m.legendHide : m.legendShow}
      </button>
      {/* Folded, the body stays in the page, hidden: a printout shows it (mapExtras.css). */}
      <div className="map-legend-body" hidden={!open}>
        <p className="legend-headline">
          {quote && <span>{format(m.legendArticleSays, { quote })}</span>}{' '}
          <span className="legend-count" data-as-of={deaths.asOf ?? ''}>
            {format(m.legendOnTheMap, { count: deaths.count })}
          </span>
        </p>
        <ul className="legend-rows">
          {rows.layers.map((id) => (
            <li key={id} className={`legend-row legend-layer-${id}`}>
              <LegendSymbol
                kind={id === 'south' ? 'outline' : id === 'curfew' ? 'hatched' : 'point'}
                color={LAYER_COLORS[id]}
              />
              <span>{story.layer(id)?.name[lang] ?? id}</span>
            </li>
          ))}
        </ul>
        {rows.deaths && (
          <ul className="legend-sizes" aria-label={t.deathsLegendSize}>
            {deaths.sizes.map((s) => (
              <li key={s.people}>
                <LegendSymbol kind="point" color={LAYER_COLORS.deaths} radius={s.radius} />
                <span>{s.label}</span>
              </li>
            ))}
          </ul>
        )}
        {rows.runoff && (
          <figure className="runoff-legend">
            <figcaption>{t.runoffLegend}</figcaption>
            <ul className="legend-rows">
              {RUNOFF_CLASSES.map((c) => (
                <li key={c.min}>
                  <LegendSymbol kind="fill" color={c.color} />
                  {formatPercent(c.min, lang)} – {formatPercent(Math.min(c.max, 100), lang)}
                </li>
              ))}
            </ul>
          </figure>
        )}
        <ul className="legend-rows legend-notes">
          {rows.namedRegions && (
            <li className="legend-named">
              <LegendSymbol kind="fill" color={NAMED_FILL} />
              <span>{m.legendNamedRegions}</span>
            </li>
          )}
          {rows.hatched && (
            <li className="legend-hatched">
              <LegendSymbol kind="hatched" />
              <span>{m.legendHatched}</span>
            </li>
          )}
          {rows.approximate && (
            <li className="legend-approximate">
              <LegendSymbol kind="approximate" color="#555" />
              <span>{m.legendApproximate}</span>
            </li>
          )}
          {rows.unnamed && (
            <li className="legend-unnamed">
              <LegendSymbol kind="hollow" color="#555" />
              <span>{m.legendUnnamed}</span>
            </li>
          )}
          <li className="legend-spread">
            <span className="legend-leader" aria-hidden="true" />
            <span>{m.legendSpread}</span>
          </li>
        </ul>
      </div>
    </section>
  )
}
