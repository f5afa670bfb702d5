/**
 * Entry point: mounts the app in steps that are each a task of their own, so that no step blocks
 * the page for long after its first paint (issue 9: Lighthouse's blocking time):
 * - React DOM is evaluated in a task of its own, after this module and the app's (with
 *   Leaflet): in one module graph they were one task of ~290 ms at CPU ×4 on a region page. The
 *   page preloads React DOM from the HTML, so nothing waits for the network between the steps
 *   (build/preloads.ts, START_CHUNKS). (The app in a chunk of its own as well would cut that task
 *   once more, but the glue between chunks brings the initial JavaScript to 130.8 KB, over its
 *   130 KB budget; so did splitting the entry's evaluation with top-level awaits, 133 KB.)
 * - React renders as a transition, here and when the model arrives (model/useLoadedModel.ts) or
 *   the map draws its next stage (map/useStages.ts): it then works in slices of a few
 *   milliseconds and yields to the browser in between, instead of one task per render (up to
 *   190 ms at CPU ×4). The page's static map and card show meanwhile.
 */
import 'leaflet/dist/leaflet.css'
import './styles.css'
import './map/insets.css'
import './ui/cardSlot.css'
import './ui/staticCard.css' // the page's card before the app's (build/card/)
// The panels' and the timeline's styles load with the first stylesheet (about 2 KB gzip), not
// with their lazy chunks: a stylesheet arriving later restyles and lays out the whole page again.
import './ui/article.css'
import './ui/timeline.css'
import './ui/deathsLegend.css'
import { StrictMode, startTransition } from 'react'
import { App } from './App.tsx'
import { nextTask } from './boot/nextTask.ts'
import { startLoading } from './model/useLoadedModel.ts'
import { rewriteToCanonicalPath } from './state/canonicalPath.ts'
import { watchReader } from './ui/readerActed.ts'

rewriteToCanonicalPath() // region/cusco// → region/cusco/, before anything reads the address
watchReader() // the card a link opens leaves focus at the page's start (ui/useCardFocus.ts)
startLoading() // the geometry and data chunks download while React renders the frame
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

async function start(root: HTMLElement): Promise<void> {
  await nextTask()
  const { createRoot } = await import('./boot/reactDom.ts')
  await nextTask()
  const app = createRoot(root)
  startTransition(() => {
    app.render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
  })
}
start(root)
