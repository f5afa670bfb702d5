/**
 * Everything the app knows, built once after load: the regions, the basemap and the article's
 * places joined with their quotes, facts and sources. Components get it from ModelContext; pure
 * functions take it as an argument.
 */
import { createContext, useContext } from 'react'
import type { Reference } from '../../data/types.ts'
import { type Basemap, type CountryCollection, indexBasemap } from './basemap.ts'
import { indexRegions, type RegionCollection, type RegionIndex } from './regions.ts'
import { indexStory, type Story, type StoryData, type ZoneCollection } from './story.ts'

/** The article as loaded: its text and the references its mentions are matched against. It is
 * parsed and cut into mentions by the Article tab when it opens (ui/ArticleTab.tsx). */
export interface ArticleSource {
  text: string
  references: readonly Reference[]
}

export interface Model {
  regions: RegionIndex
  basemap: Basemap
  story: Story
  article: ArticleSource
}

export interface ModelSources {
  regions: RegionCollection
  basemap: CountryCollection
  zones: ZoneCollection
  data: StoryData
  article: ArticleSource
}

export function buildModel(sources: ModelSources): Model {
  const regions = indexRegions(sources.regions)
  return {
    regions,
    basemap: indexBasemap(sources.basemap),
    story: indexStory(sources.data, sources.zones, regions),
    article: sources.article,
  }
}

export const ModelContext = createContext<Model | null>(null)

export function useModel(): Model {
  const model = useContext(ModelContext)
  if (!model) throw new Error('useModel needs a ModelContext provider')
  return model
}
