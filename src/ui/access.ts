/** The accessibility chunk's entry: what ui/accessPanels.ts loads, as one chunk. */
export { ExplorerAccess } from './ExplorerAccess.tsx'
export { RegionTable } from './RegionTable.tsx'
