/**
 * Loads the geometry and the data after the app's code, as separate chunks: the first paint (the
 * page, the panels, a loading state) does not wait for them, and the initial JavaScript stays
 * within its budget (tests/build).
 */
import type { CountryCollection } from './basemap.ts'
import { buildModel, type Model, type ModelSources } from './model.ts'
import type { RegionCollection } from './regions.ts'
import type { ZoneCollection } from './story.ts'

export async function loadModel(): Promise<Model> {
  const [regions, basemap, zones, data, article] = await Promise.all([
    import('../../geo/peru-regions.json'),
    import('../../geo/basemap.json'),
    import('../../geo/zones.json'),
    import('../../data/index.ts'),
    import('../../data/article.md?raw'),
  ])
  return buildModel({
    regions: regions.default as unknown as RegionCollection,
    basemap: basemap.default as unknown as CountryCollection,
    zones: zones.default as unknown as ZoneCollection,
    data: data.dataset as unknown as ModelSources['data'],
    articleText: article.default,
  })
}
