/**
 * The Table tab: Peru's 26 regions by the end of the timeline's day (describe/regionRows.ts, the
 * lookups the map draws from): the people killed, with the "as of" day, Castillo's 2021 run-off
 * share, the provinces under curfew and the airports closed that day, and how many of the
 * article's quotes are about the region. Every column header is a button that sorts by it
 * (again: the other way), with `aria-sort` on the header; a region's name opens it on the map.
 */
import { useMemo, useState } from 'react'
import { deathsAsOf, type RegionRow, regionRows } from '../describe/regionRows.ts'
import { COLUMNS, type Column, type Direction, sortRows } from '../describe/sortRows.ts'
import { type AllStrings, allStrings } from '../i18n/allStrings.ts'
import { formatDate, formatPercent } from '../i18n/dates.ts'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import { useModel } from '../model/model.ts'
import './table.css'

interface Props {
  date: string | null
  lang: Lang
  selectedIso: string | null
  onSelectRegion: (iso: string) => void
}

const HEADINGS: Record<Column, keyof AllStrings> = {
  region: 'colRegion',
  deaths: 'colDeaths',
  runoff: 'colRunoff',
  curfew: 'colCurfew',
  airports: 'colAirports',
  mentions: 'colMentions',
}

function names(places: RegionRow['curfew'], lang: Lang): string {
  return places.map((p) => p.name[lang]).join('; ')
}

export function RegionTable({ date, lang, selectedIso, onSelectRegion }: Props) {
  const model = useModel()
  const t = allStrings(lang)
  const [sort, setSort] = useState<{ column: Column; direction: Direction }>({
    column: 'region',
    direction: 'ascending',
  })
  const rows = useMemo(() => regionRows(model, date), [model, date])
  const sorted = useMemo(
    () => sortRows(rows, sort.column, sort.direction, lang),
    [rows, sort, lang],
  )
  const asOf = deathsAsOf(model.story, date)

  function sortBy(column: Column) {
    setSort((now) =>
      now.column === column
        ? { column, direction: now.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: column === 'region' ? 'ascending' : 'descending' },
    )
  }

  return (
    <div className="region-table-wrap">
      <table className="region-table">
        <caption>
          {date ? format(t.tableCaptionDate, { date: formatDate(date, lang) }) : t.tableCaptionAll}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                aria-sort={sort.column === column ? sort.direction : undefined}
                data-column={column}
              >
                <button type="button" onClick={() => sortBy(column)}>
                  {t[HEADINGS[column]]}
                  {column === 'deaths' && asOf && (
                    <span className="table-as-of">
                      {' '}
                      {format(t.tableAsOf, { date: formatDate(asOf, lang, true) })}
                    </span>
                  )}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr
              key={row.region.iso}
              data-iso={row.region.iso}
              aria-current={row.region.iso === selectedIso ? 'true' : undefined}
            >
              <th scope="row">
                <button type="button" onClick={() => onSelectRegion(row.region.iso)}>
                  {row.region.name[lang]}
                </button>
              </th>
              <td data-column="deaths">{row.deaths}</td>
              <td data-column="runoff">
                {row.runoff === null ? '' : formatPercent(row.runoff, lang)}
              </td>
              <td data-column="curfew">{names(row.curfew, lang)}</td>
              <td data-column="airports">{names(row.airports, lang)}</td>
              <td data-column="mentions">{row.mentions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
