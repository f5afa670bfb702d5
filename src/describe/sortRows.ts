/**
 * Sorting the regions' table by any column, ascending or descending. Names sort in the reader's
 * language's order (Á with A); numbers and counts numerically; a region without a figure (no
 * run-off share) goes last whichever the direction. Ties keep the list order (by name), so a
 * sort is stable and the same click always gives the same table.
 *
 *   sortRows(rows, 'deaths', 'descending', 'en')[0].region.name.en → 'Ayacucho'
 */
import type { Lang } from '../i18n/lang.ts'
import type { RegionRow } from './regionRows.ts'

export const COLUMNS = ['region', 'deaths', 'runoff', 'curfew', 'airports', 'mentions'] as const
export type Column = (typeof COLUMNS)[number]
export type Direction = 'ascending' | 'descending'

function value(row: RegionRow, column: Column): number | null {
  switch (column) {
    case 'deaths':
      return row.deaths
    case 'runoff':
      return row.runoff
    case 'curfew':
      return row.curfew.length
    case 'airports':
      return row.airports.length
    case 'mentions':
      return row.mentions
    case 'region':
      return null
  }
}

export function sortRows(
  rows: readonly RegionRow[],
  column: Column,
  direction: Direction,
  lang: Lang,
): RegionRow[] {
  const sign = direction === 'ascending' ? 1 : -1
  const indexed = rows.map((row, index) => ({ row, index }))
  indexed.sort((a, b) => {
    if (column === 'region') {
      const byName = a.row.region.name[lang].localeCompare(b.row.region.name[lang], lang)
      return sign * byName || a.index - b.index
    }
    const va = value(a.row, column)
    const vb = value(b.row, column)
    if (va === null || vb === null) {
      return (va === null ? 1 : 0) - (vb === null ? 1 : 0) || a.index - b.index
    }
    return sign * (va - vb) || a.index - b.index
  })
  return indexed.map(({ row }) => row)
}
