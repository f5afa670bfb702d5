/**
 * Vite plugin: checks data/ before every build and dev start (data/validate.ts). A record that
 * breaks the schema fails the build with messages naming the file and the record, e.g.
 * `data/places/mines.json: place "antamina": region "PE-XXX" is not one of the 26 regions`.
 */
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { rawFiles } from '../../data/index.ts'
import { type RegionCollection, validateDataset } from '../../data/validate.ts'
import regions from '../../geo/peru-regions.json' with { type: 'json' }

export function dataProblems(): string[] {
  const articleText = readFileSync('data/article.md', 'utf8')
  return validateDataset(rawFiles, articleText, regions as unknown as RegionCollection)
}

export function checkData(): Plugin {
  return {
    name: 'peru-map-check-data',
    buildStart() {
      const problems = dataProblems()
      if (problems.length > 0) {
        this.error(`data/ has ${problems.length} problem(s):\n${problems.join('\n')}`)
      }
    },
  }
}
