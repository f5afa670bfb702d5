/** Entry point: mounts the app. */
import 'leaflet/dist/leaflet.css'
import './styles.css'
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
