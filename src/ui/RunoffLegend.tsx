/** The choropleth's classes, each labelled with its range, so colour is not the only carrier. */
import { formatPercent } from '../i18n/dates.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { RUNOFF_CLASSES } from '../layers/palette.ts'

export function RunoffLegend({ lang, t }: { lang: Lang; t: Strings }) {
  return (
    <figure className="runoff-legend">
      <figcaption>{t.runoffLegend}</figcaption>
      <ul>
        {RUNOFF_CLASSES.map((c) => (
          <li key={c.min}>
            <span className="swatch-fill" style={{ background: c.color }} aria-hidden="true" />
            {formatPercent(c.min, lang)} – {formatPercent(Math.min(c.max, 100), lang)}
          </li>
        ))}
      </ul>
    </figure>
  )
}
