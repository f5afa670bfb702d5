/**
 * The keyboard and screen-reader path to everything on the map: a search box, then every place
 * grouped by layer and the 26 regions, each a button calling the same select action as a click
 * on the map.
 */
import { useId, useState } from 'react'
import { LAYER_IDS } from '../../data/types.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { LAYER_COLORS } from '../layers/palette.ts'
import { useModel } from '../model/model.ts'
import { matches } from '../model/search.ts'

interface Props {
  lang: Lang
  t: Strings
  selectedIso: string | null
  selectedPlace: string | null
  onSelectRegion: (iso: string) => void
  onSelectPlace: (id: string) => void
}

export function PlaceList(props: Props) {
  const { lang, t } = props
  const { story, regions } = useModel()
  const [query, setQuery] = useState('')
  const id = useId()
  const groups = LAYER_IDS.map((layer) => ({
    layer,
    name: story.layer(layer)?.name[lang] ?? layer,
    entries: story
      .byLayer(layer)
      .filter((e) => matches(query, e.place.name.es, e.place.name.en, e.place.id)),
  })).filter((g) => g.entries.length > 0)
  const shownRegions = regions.list.filter((r) => matches(query, r.name.es, r.name.en, r.iso))

  return (
    <div className="place-list">
      <label htmlFor={`${id}-q`} className="panel-heading">
        {t.findRegion}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        className="finder-input"
        placeholder={t.findRegionPlaceholder}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
      {groups.length === 0 && shownRegions.length === 0 && (
        <p className="finder-empty">{t.noMatch}</p>
      )}
      <h2 className="panel-heading">{t.placesListHeading}</h2>
      {groups.map((g) => (
        <section key={g.layer} aria-labelledby={`${id}-${g.layer}`}>
          <h3 className="list-group" id={`${id}-${g.layer}`}>
            <span className="swatch" style={{ borderColor: LAYER_COLORS[g.layer] }} aria-hidden />
            {g.name}
          </h3>
          <ul className="finder-list">
            {g.entries.map(({ place }) => (
              <li key={place.id}>
                <button
                  type="button"
                  className="finder-item"
                  aria-current={place.id === props.selectedPlace ? 'true' : undefined}
                  onClick={() => props.onSelectPlace(place.id)}
                  data-place={place.id}
                >
                  {place.name[lang]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2 className="panel-heading">{t.regionsListHeading}</h2>
      <ul className="finder-list">
        {shownRegions.map((r) => (
          <li key={r.iso}>
            <button
              type="button"
              className="finder-item"
              aria-current={r.iso === props.selectedIso ? 'true' : undefined}
              onClick={() => props.onSelectRegion(r.iso)}
              data-iso={r.iso}
            >
              {r.name[lang]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
