/**
 * The Article tab as it loads on first use: parses the article, works out which paragraphs are
 * about the map's selection (model/articleFocus.ts) and shows the panel. Doing both here, not while
 * the app loads, keeps the article's parser out of the JavaScript the map waits for.
 */
import { useMemo } from 'react'
import { readArticle } from '../model/article.ts'
import { activeParagraphs } from '../model/articleFocus.ts'
import type { ArticleSource } from '../model/model.ts'
import type { Selection } from '../model/selection.ts'
import type { Story } from '../model/story.ts'
import { ArticlePanel, type ArticlePanelProps } from './ArticlePanel.tsx'

type PanelProps = Omit<ArticlePanelProps, 'activeParagraphs' | 'article' | 'segments'>

export interface ArticleTabProps extends PanelProps {
  source: ArticleSource
  selection: Selection
  story: Story
  regionCount: number
}

const READ = new WeakMap<ArticleSource, ReturnType<typeof readArticle>>()

/**
 * The article parsed and its mentions matched, once per source. The tab's lazy loader
 * (lazyPanels.ts) calls it in a task of its own before the tab first renders, so that parsing
 * (22-44 ms at CPU ×4) and drawing the panel are two tasks rather than one.
 */
export function prepareArticle(source: ArticleSource): ReturnType<typeof readArticle> {
  let read = READ.get(source)
  if (!read) {
    read = readArticle(source.text, source.references)
    READ.set(source, read)
  }
  return read
}

export function ArticleTab({ source, selection, story, regionCount, ...panel }: ArticleTabProps) {
  const { parsed, segments } = prepareArticle(source) // cached per source
  const active = useMemo(
    () => activeParagraphs(segments, story.quotes, selection, story, regionCount),
    [segments, story, selection, regionCount],
  )
  return <ArticlePanel {...panel} article={parsed} segments={segments} activeParagraphs={active} />
}
