/**
 * Loads the geometry and the data after the app's code, as separate chunks: the first paint (the
 * page, the panels, a loading state) does not wait for them, and the initial JavaScript stays
 * within its budget (tests/build).
 */
import type { CountryCollection } from './basemap.ts'
import { buildModel, type Model } from './model.ts'
import type { RegionCollection } from './regions.ts'
import type { StoryData, ZoneCollection } from './story.ts'

export async function loadModel(): Promise<Model> {
  const [regions, basemap, zones, data] = await Promise.all([
    import('../../geo/peru-regions.json'),
    import('../../geo/basemap.json'),
    import('../../geo/zones.json'),
    import('../../data/index.ts'),
  ])
  return buildModel({
    regions: regions.default as unknown as RegionCollection,
    basemap: basemap.default as unknown as CountryCollection,
    zones: zones.default as unknown as ZoneCollection,
    data: data.dataset as unknown as StoryData,
  })
}
