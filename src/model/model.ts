/**
 * Everything the app knows, built once after load: the regions, the basemap and (with the layers)
 * the article's places. Components get it from ModelContext; pure functions take it as an argument.
 */
import { createContext, useContext } from 'react'
import { type Basemap, type CountryCollection, indexBasemap } from './basemap.ts'
import { indexRegions, type RegionCollection, type RegionIndex } from './regions.ts'

export interface Model {
  regions: RegionIndex
  basemap: Basemap
}

export interface ModelSources {
  regions: RegionCollection
  basemap: CountryCollection
}

export function buildModel(sources: ModelSources): Model {
  return { regions: indexRegions(sources.regions), basemap: indexBasemap(sources.basemap) }
}

export const ModelContext = createContext<Model | null>(null)

export function useModel(): Model {
  const model = useContext(ModelContext)
  if (!model) throw new Error('useModel needs a ModelContext provider')
  return model
}
