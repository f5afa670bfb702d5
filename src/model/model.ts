/**
 * Everything the app knows, built once after load: the regions, the basemap and the article's
 * places joined with their quotes, facts and sources. Components get it from ModelContext; pure
 * functions take it as an argument.
 */
import { createContext, useContext } from 'react'
import type { ParsedArticle, Segment } from './article.ts'
import { type Basemap, type CountryCollection, indexBasemap } from './basemap.ts'
import { indexRegions, type RegionCollection, type RegionIndex } from './regions.ts'
import { indexStory, type Story, type StoryData, type ZoneCollection } from './story.ts'

export interface ArticleModel {
  parsed: ParsedArticle
  /** Each paragraph cut into text and mentions of the article's places. */
  segments: Segment[][]
}

export interface Model {
  regions: RegionIndex
  basemap: Basemap
  story: Story
  article: ArticleModel
}

export interface ModelSources {
  regions: RegionCollection
  basemap: CountryCollection
  zones: ZoneCollection
  data: StoryData
  article: ArticleModel
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
