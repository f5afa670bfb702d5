/**
 * Loads the geometry and the data after the app's code, as separate chunks, in two steps: what
 * the first view needs (regions, neighbours, zones, places: `data-view`), then the facts and their
 * sources (`details-data`). The first paint does not wait for either, and the initial JavaScript and
 * the first view's data stay within their budgets (tests/build).
 */
import type { CountryCollection } from './basemap.ts'
import { type Details, indexDetails } from './details.ts'
import { buildModel, type Model } from './model.ts'
import type { RegionCollection } from './regions.ts'
import type { ZoneCollection } from './story.ts'

export async function loadModel(): Promise<Model> {
  const [regions, basemap, zones, data] = await Promise.all([
    import('../../geo/peru-regions.json'),
    import('../../geo/basemap.json'),
    import('../../geo/zones.json'),
    import('./data-view.ts'),
  ])
  return buildModel({
    regions: regions.default as unknown as RegionCollection,
    basemap: basemap.default as unknown as CountryCollection,
    zones: zones.default as unknown as ZoneCollection,
    data: data.view,
    article: data.article,
  })
}

export async function loadDetails(): Promise<Details> {
  const { details } = await import('./details-data.ts')
  return indexDetails(details)
}
