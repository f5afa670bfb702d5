/**
 * The panel tabs that are not needed before the map can start, each loaded on first use as
 * its own chunk (rendered inside SidePanel's Suspense boundary): the initial JavaScript stays within its budget (130 KB gzip, tests/build), and the
 * map draws without waiting for them. React.lazy wants default exports; these adapt the named ones.
 */
import { lazy } from 'react'
import { nextTask } from '../boot/nextTask.ts'
import { startLoading } from '../model/useLoadedModel.ts'

// The article is parsed in a task of its own, between the chunk's arrival and the tab's first
// render (ArticleTab.tsx, prepareArticle). The tab renders only once the model has loaded, so
// startLoading() has settled by then.
export const LazyArticleTab = lazy(async () => {
  const [m, model] = await Promise.all([import('./ArticleTab.tsx'), startLoading()])
  await nextTask()
  m.prepareArticle(model.article)
  await nextTask()
  return { default: m.ArticleTab }
})
export const LazyPlaceList = lazy(() =>
  import('./PlaceList.tsx').then((m) => ({ default: m.PlaceList })),
)
export const LazyLayersTab = lazy(() =>
  import('./LayersTab.tsx').then((m) => ({ default: m.LayersTab })),
)
export const LazyTimeline = lazy(() =>
  import('./Timeline.tsx').then((m) => ({ default: m.Timeline })),
)
