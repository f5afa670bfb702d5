/**
 * The keyboard and screen-reader path to the regions: a search box filtering a list of buttons,
 * each calling the same select action as a click on the map.
 */
import { useId, useState } from 'react'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { Region } from '../model/regions.ts'
import { matches } from '../model/search.ts'

interface Props {
  regions: readonly Region[]
  selectedIso: string | null
  lang: Lang
  t: Strings
  onSelect: (iso: string) => void
}

export function RegionFinder({ regions, selectedIso, lang, t, onSelect }: Props) {
  const [query, setQuery] = useState('')
  const inputId = useId()
  const shown = regions.filter((r) => matches(query, r.name.es, r.name.en, r.iso))
  return (
    <section className="finder" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`} className="panel-heading">
        {t.regionsHeading}
      </h2>
      <label htmlFor={inputId} className="visually-hidden">
        {t.findRegion}
      </label>
      <input
        id={inputId}
        type="search"
        className="finder-input"
        placeholder={t.findRegionPlaceholder}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
      {shown.length === 0 ? (
        <p className="finder-empty">{t.noMatch}</p>
      ) : (
        <ul className="finder-list">
          {shown.map((r) => (
            <li key={r.iso}>
              <button
                type="button"
                className="finder-item"
                aria-current={r.iso === selectedIso ? 'true' : undefined}
                onClick={() => onSelect(r.iso)}
                data-iso={r.iso}
              >
                {r.name[lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
