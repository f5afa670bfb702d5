/**
 * Cross-file checks: ids unique within a kind, and every id a record points to exists (fact →
 * source, place → fact, quote → place, place → zone, layer → fact, any → region code).
 */
import type { LayerInfo } from '../dataset.ts'
import type { Fact, Place, Quote, Reference, Runoff, Zone } from '../types.ts'
import { LAYER_IDS } from '../types.ts'
import { type Entry, problem } from './entries.ts'

export interface Known {
  sources: Set<string>
  facts: Set<string>
  places: Set<string>
  zones: Set<string>
  regions: Set<string>
}

/** Reports every id seen twice among the entries (e.g. one place id in two layer files). */
export function checkUnique(entries: Entry<{ id: string }>[], problems: string[]): Set<string> {
  const first = new Map<string, Entry>()
  for (const entry of entries) {
    const seen = first.get(entry.value.id)
    if (seen) problems.push(problem(entry, `duplicate id (also in ${seen.file})`))
    else first.set(entry.value.id, entry)
  }
  return new Set(first.keys())
}

function missing(entry: Entry, what: string, ids: readonly string[], known: Set<string>): string[] {
  return ids
    .filter((id) => !known.has(id))
    .map((id) =>
      what === 'region'
        ? problem(entry, `region "${id}" is not one of the ${known.size} regions`)
        : problem(entry, `${what} "${id}" does not exist`),
    )
}

export function checkFact(entry: Entry<Fact>, known: Known): string[] {
  return missing(entry, 'source', entry.value.sources, known.sources)
}

export function checkPlace(entry: Entry<Place>, known: Known): string[] {
  const place = entry.value
  const out = missing(entry, 'fact', place.facts, known.facts)
  if (place.region !== null) out.push(...missing(entry, 'region', [place.region], known.regions))
  const geometry = place.geometry
  if (geometry.type === 'regions')
    out.push(...missing(entry, 'region', geometry.regions, known.regions))
  if (geometry.type === 'zone') out.push(...missing(entry, 'zone', [geometry.zone], known.zones))
  const sorted = [...place.dates].sort()
  if (place.dates.some((date, i) => date !== sorted[i] || place.dates.indexOf(date) !== i))
    out.push(problem(entry, 'dates must be sorted and distinct'))
  return out
}

export function checkQuote(entry: Entry<Quote>, known: Known): string[] {
  const quote = entry.value
  const out = [
    ...missing(entry, 'place', quote.places, known.places),
    ...missing(entry, 'region', quote.regions, known.regions),
  ]
  if (quote.places.length === 0 && quote.regions.length === 0)
    out.push(problem(entry, 'a quote must be tied to at least one place or region'))
  return out
}

export function checkZone(entry: Entry<Zone>, known: Known): string[] {
  const zone = entry.value
  if (zone.kind === 'union') return missing(entry, 'region', zone.regions, known.regions)
  if (zone.kind === 'province') return missing(entry, 'region', [zone.region], known.regions)
  return []
}

export function checkReference(entry: Entry<Reference>, known: Known): string[] {
  const ref = entry.value
  if (ref.status !== 'mapped') return []
  const out = [
    ...missing(entry, 'place', ref.places, known.places),
    ...missing(entry, 'region', ref.regions, known.regions),
  ]
  if (ref.places.length === 0 && ref.regions.length === 0)
    out.push(problem(entry, 'a mapped reference needs at least one place or region'))
  return out
}

export function checkRunoff(entry: Entry<Runoff>, known: Known): string[] {
  const runoff = entry.value
  const out = missing(entry, 'source', runoff.sources, known.sources)
  const seen = new Set<string>()
  for (const row of runoff.rows) {
    out.push(...missing(entry, 'region', [row.region], known.regions))
    if (seen.has(row.region)) out.push(problem(entry, `region "${row.region}" has two rows`))
    seen.add(row.region)
  }
  return out
}

/** layers.json lists the layers exactly once each, in LAYER_IDS order, with existing facts. */
export function checkLayers(entries: Entry<LayerInfo>[], known: Known, file: string): string[] {
  const out = entries.flatMap((entry) => missing(entry, 'fact', entry.value.facts, known.facts))
  const ids = entries.map((entry) => entry.value.id)
  if (ids.join() !== LAYER_IDS.join())
    out.push(`${file}: layers must be ${LAYER_IDS.join(', ')} in that order, not ${ids.join(', ')}`)
  return out
}
