/**
 * Vite plugin: publishes the data download `data/places.geojson` (placesGeojson.ts) in the build,
 * and serves the same file from the dev server.
 */
import type { Plugin } from 'vite'
import { dataset } from '../../data/index.ts'
import regions from '../../geo/peru-regions.json' with { type: 'json' }
import zones from '../../geo/zones.json' with { type: 'json' }
import type { RegionCollection } from '../model/regions.ts'
import type { ZoneCollection } from '../model/story.ts'
import { placesGeojson } from './placesGeojson.ts'

export const DOWNLOAD_PATH = 'data/places.geojson'

function download(): string {
  const collection = placesGeojson({
    ...dataset,
    zones: zones as unknown as ZoneCollection,
    regions: regions as unknown as RegionCollection,
  })
  return `${JSON.stringify(collection)}\n`
}

export function publishDownload(): Plugin {
  return {
    name: 'peru-map-download',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DOWNLOAD_PATH, source: download() })
    },
    configureServer(server) {
      server.middlewares.use(`/${DOWNLOAD_PATH}`, (_req, res) => {
        res.setHeader('content-type', 'application/geo+json; charset=utf-8')
        res.end(download())
      })
    },
  }
}
