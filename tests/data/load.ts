/**
 * Reads what validateDataset needs from disk: the parsed files (via data/index.ts), the text of
 * data/article.md and the shipped regions. `fresh()` gives a deep copy to break in a test.
 */
import { readFileSync } from 'node:fs'
import { rawFiles } from '../../data/index.ts'
import type { DatasetFiles, RegionCollection } from '../../data/validate.ts'

const root = new URL('../../', import.meta.url)

export const articleText = readFileSync(new URL('data/article.md', root), 'utf8')
export const regions = JSON.parse(
  readFileSync(new URL('geo/peru-regions.json', root), 'utf8'),
) as RegionCollection

/** A deep copy of the real files, safe to break. */
export function fresh(): DatasetFiles {
  return structuredClone(rawFiles) as DatasetFiles
}
