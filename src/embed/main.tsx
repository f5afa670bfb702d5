/**
 * Entry point of the embed, a bundle of its own (src/build/embedBundle.ts builds it into
 * `embed-assets/`), so the full site's first load carries none of it (initial JS budget) and the
 * embed none of the full site's panels. Its links live below `embed/`, with the same contract
 * (the build gives it src/embed/root.ts in place of src/state/root.ts).
 */
import 'leaflet/dist/leaflet.css'
import '../styles.css'
import './embed.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { startLoading } from '../model/useLoadedModel.ts'
import { EmbedApp } from './EmbedApp.tsx'

startLoading() // the geometry and data chunks download while React renders the frame
const root = document.getElementById('root')
if (!root) throw new Error('the page has no #root element')
createRoot(root).render(
  <StrictMode>
    <EmbedApp />
  </StrictMode>,
)
