/** Entry point: mounts the app. */
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
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { startLoading } from './model/useLoadedModel.ts'
import { rewriteToCanonicalPath } from './state/canonicalPath.ts'

rewriteToCanonicalPath() // region/cusco// → region/cusco/, before anything reads the address
startLoading() // the geometry and data chunks download while React renders the frame
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
