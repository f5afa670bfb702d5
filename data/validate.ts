/**
 * Checks the whole of data/ and returns every problem found, each naming the file and the record:
 *
 *   data/places/mines.json: place "antamina": region "PE-XXX" is not one of the 26 regions
 *
 * Pure (no file access): the caller reads the files. The build (vite.config.ts) and the tests call
 * it with the parsed JSON (`rawFiles` from data/index.ts), the text of data/article.md and the
 * shipped regions (geo/peru-regions.json). An empty list means the data is fit to publish.
 */

import { type Entry, entriesOf, problem } from './check/entries.ts'
import {
  checkCurfewProvince,
  checkMineZone,
  checkPlaceGeometry,
  indexRegions,
  type RegionCollection,
} from './check/geometry.ts'
import {
  checkFact,
  checkLayers,
  checkPlace,
  checkQuote,
  checkReference,
  checkRunoff,
  checkUnique,
  checkZone,
  type Known,
} from './check/links.ts'
import type { Rule } from './check/rules.ts'
import {
  ARTICLE,
  FACT,
  LAYER,
  PLACE,
  QUOTE,
  REFERENCE,
  RUNOFF,
  SOURCE,
  ZONE,
} from './check/shapes.ts'
import {
  articleTextProblems,
  checkArticleHeader,
  checkMinor,
  checkQuoteVerbatim,
  checkReferenceText,
  markupProblems,
} from './check/text.ts'
import { checkTimeline } from './check/timeline.ts'
import type { Article, LayerInfo } from './dataset.ts'
import type { Fact, Place, Quote, Reference, Runoff, Source, Zone } from './types.ts'
import { LAYER_IDS } from './types.ts'

export type { RegionCollection } from './check/geometry.ts'

/** The files of data/ as parsed, not yet trusted. */
export interface DatasetFiles {
  article: unknown // data/article.json
  sources: unknown
  facts: unknown
  quotes: unknown
  zones: unknown
  runoff: unknown
  references: unknown
  layers: unknown
  places: Partial<Record<string, unknown>> // layer id → data/places/<layer>.json
}

const FILE = {
  article: 'data/article.json',
  sources: 'data/sources.json',
  facts: 'data/facts.json',
  quotes: 'data/quotes.json',
  zones: 'data/zones.json',
  runoff: 'data/runoff.json',
  references: 'data/references.json',
  layers: 'data/layers.json',
  places: (layer: string) => `data/places/${layer}.json`,
}

/** Keeps the entries whose shape is right (reporting the others), now typed. */
function shaped<T>(entries: Entry[], rule: Rule, problems: string[], seen: Entry[]): Entry<T>[] {
  seen.push(...entries)
  return entries.filter((entry) => {
    const found = rule(entry.value, '')
    for (const message of found) problems.push(problem(entry, message))
    return found.length === 0
  }) as Entry<T>[]
}

export function validateDataset(
  files: DatasetFiles,
  articleText: string,
  regions: RegionCollection,
): string[] {
  const problems: string[] = []
  const raw: Entry[] = [] // every record, well-formed or not, for the markup check
  const list = (key: Exclude<keyof typeof FILE, 'places' | 'article' | 'runoff'>, kind: string) =>
    entriesOf(FILE[key], kind, files[key], problems)

  const article = shaped<Article>(
    [{ file: FILE.article, kind: 'article', index: 0, value: files.article }],
    ARTICLE,
    problems,
    raw,
  )
  const runoff = shaped<Runoff>(
    [{ file: FILE.runoff, kind: 'runoff', index: 0, value: files.runoff }],
    RUNOFF,
    problems,
    raw,
  )
  const sources = shaped<Source>(list('sources', 'source'), SOURCE, problems, raw)
  const facts = shaped<Fact>(list('facts', 'fact'), FACT, problems, raw)
  const quotes = shaped<Quote>(list('quotes', 'quote'), QUOTE, problems, raw)
  const zones = shaped<Zone>(list('zones', 'zone'), ZONE, problems, raw)
  const references = shaped<Reference>(list('references', 'reference'), REFERENCE, problems, raw)
  const layers = shaped<LayerInfo>(list('layers', 'layer'), LAYER, problems, raw)
  const places: Entry<Place>[] = []
  for (const layer of LAYER_IDS) {
    const file = FILE.places(layer)
    const entries = shaped<Place>(
      entriesOf(file, 'place', files.places[layer], problems),
      PLACE,
      problems,
      raw,
    )
    for (const entry of entries) {
      if (entry.value.layer === layer) places.push(entry)
      else problems.push(problem(entry, `layer is "${entry.value.layer}" but the file is ${file}`))
    }
  }
  for (const layer of Object.keys(files.places))
    if (!(LAYER_IDS as readonly string[]).includes(layer))
      problems.push(`${FILE.places(layer)}: "${layer}" is not a layer (${LAYER_IDS.join(', ')})`)

  const regionIndex = indexRegions(regions)
  const known: Known = {
    sources: checkUnique(sources, problems),
    facts: checkUnique(facts, problems),
    places: checkUnique(places, problems),
    zones: checkUnique(zones, problems),
    regions: new Set(regionIndex.keys()),
  }
  checkUnique(quotes, problems)
  checkUnique(layers, problems)

  const zoneById = new Map(zones.map((entry) => [entry.value.id, entry.value]))
  const factById = new Map(facts.map((entry) => [entry.value.id, entry.value]))
  for (const entry of facts) problems.push(...checkFact(entry, known), ...checkMinor(entry))
  for (const entry of places) {
    problems.push(
      ...checkPlace(entry, known),
      ...checkPlaceGeometry(entry, regionIndex),
      ...checkMineZone(entry, zoneById),
      ...checkCurfewProvince(entry, zoneById),
      ...checkTimeline(entry, factById),
    )
    const lowLocation = entry.value.facts.some(
      (id) => id.startsWith('loc-') && factById.get(id)?.confidence === 'low',
    )
    if (lowLocation && entry.value.approximate === null)
      problems.push(problem(entry, 'its location is low-confidence, so approximate must say why'))
  }
  for (const entry of quotes)
    problems.push(...checkQuote(entry, known), ...checkQuoteVerbatim(entry, articleText))
  for (const entry of zones) problems.push(...checkZone(entry, known))
  for (const entry of references)
    problems.push(...checkReference(entry, known), ...checkReferenceText(entry, articleText))
  for (const entry of runoff) problems.push(...checkRunoff(entry, known))
  for (const entry of article) problems.push(...checkArticleHeader(entry, articleText))
  problems.push(...checkLayers(layers, known, FILE.layers))

  for (const entry of raw) problems.push(...markupProblems(entry))
  problems.push(...articleTextProblems(articleText))
  return problems
}
