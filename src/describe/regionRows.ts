/**
 * One row per region of what the map shows there on a day, the same lookups the layers draw from
 * (story.ts, timeline.ts): the people killed (by the end of the day), Castillo's 2021 run-off
 * share, the provinces under curfew and the airports closed that day, and how many of the
 * article's quotes are about it. The Table tab shows these rows and the map's description reads a
 * region's summary from them, so the two never disagree with each other or with the map.
 *
 *   regionRows(model, '2022-12-16').find((r) => r.iso === 'PE-AYA')
 *   → { iso: 'PE-AYA', deaths: 8, runoff: 82.64, curfew: [curfew-cangallo], airports: [airport-ayacucho], … }
 */
import type { Place } from '../../data/types.ts'
import type { Region, RegionIndex } from '../model/regions.ts'
import type { Story } from '../model/story.ts'
import { isPlaceShownAt, lastDeathDay, peopleDeadBy } from '../model/timeline.ts'

/** A deaths place of the region with the people dead there by the day, and their days of death. */
export interface DeathsAt {
  place: Place
  count: number
  days: string[] // ISO days of death, sorted, one per distinct day
}

export interface RegionRow {
  region: Region
  deaths: number
  deathPlaces: DeathsAt[]
  runoff: number | null // percent of the valid vote
  curfew: Place[] // provinces under curfew that day (every province ever, with no day)
  airports: Place[] // airports closed that day (every airport ever closed, with no day)
  mentions: number // the article's quotes about the region or a place in it
}

export interface RowSources {
  regions: RegionIndex
  story: Story
}

/** The "as of" day of the deaths figures: the chosen day, or the last death in the data. */
export function deathsAsOf(story: Story, date: string | null): string | null {
  return date ?? lastDeathDay(story.byLayer('deaths').map((e) => e.place))
}

function deathsAt(place: Place, date: string | null): DeathsAt {
  const people = place.timeline?.kind === 'deaths' ? place.timeline.people : []
  const days = people.map((p) => p.died).filter((day) => date === null || day <= date)
  return { place, count: peopleDeadBy(place, date), days: [...new Set(days)].sort() }
}

/** The places of a layer declared in the region and on the map on the day. */
function shownIn(story: Story, layer: Place['layer'], iso: string, date: string | null): Place[] {
  return story
    .byLayer(layer)
    .map((e) => e.place)
    .filter((p) => p.region === iso && p.geometry.type === 'point' && isPlaceShownAt(p, date))
}

export function regionRow({ story }: RowSources, region: Region, date: string | null): RegionRow {
  const deathPlaces = shownIn(story, 'deaths', region.iso, date)
    .map((p) => deathsAt(p, date))
    .filter((d) => d.count > 0)
  return {
    region,
    deaths: deathPlaces.reduce((sum, d) => sum + d.count, 0),
    deathPlaces,
    runoff: story.runoff.get(region.iso) ?? null,
    curfew: shownIn(story, 'curfew', region.iso, date),
    airports: shownIn(story, 'airports', region.iso, date),
    mentions: story.quotesForRegion(region.iso).length,
  }
}

/** Every region's row, in the regions' list order (by Spanish name). */
export function regionRows(sources: RowSources, date: string | null): RegionRow[] {
  return sources.regions.list.map((region) => regionRow(sources, region, date))
}
