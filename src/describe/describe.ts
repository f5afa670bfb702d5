/**
 * The map in words, made from the same data and the same lookups as the map: a short description
 * (what the map shows, which day, what is open) and a long one, in blocks: one per visible layer
 * (what it shows that day, its largest figures with their "as of" dates and, for the deaths, the
 * counts the sources published, which differ), then the open region's or place's summary (its
 * figures, its places, the article's words about it, the sources). Plain text only: the build
 * escapes it into every page (src/build/description.ts) and the app renders it with React
 * (ui/MapDescription.tsx), so the page without JavaScript and the running app say the same.
 *
 *   describeMap({ …model, details, layers: ['deaths'], date: '2022-12-16', selection }, 'en')
 *   → { short: 'A map of Peru’s 26 regions showing: The people killed. It shows what had
 *       happened by the end of 16 December 2022.', blocks: [{ heading: 'The people killed', … }] }
 */
import type { LayerId, Place } from '../../data/types.ts'
import { type AllStrings, allStrings } from '../i18n/allStrings.ts'
import { formatDate, formatPercent } from '../i18n/dates.ts'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import { deathsTallyAt } from '../model/deathsTally.ts'
import type { Details } from '../model/details.ts'
import type { RegionIndex } from '../model/regions.ts'
import type { Selection } from '../model/selection.ts'
import type { PlaceEntry, Story } from '../model/story.ts'
import { isPlaceShownAt } from '../model/timeline.ts'
import { listOf } from './list.ts'
import { deathsAsOf, regionRow } from './regionRows.ts'

const NAMES_LISTED = 8 // names listed per layer; the rest are counted ("and 9 more")
const LARGEST = 3 // the largest figures named per layer
const COUNT_FACT = 'count-' // the deaths layer's facts giving a published count: data/facts.json

export interface DescribeInput {
  regions: RegionIndex
  story: Story
  details: Details | null // the facts and sources; null while they load in the app
  layers: readonly LayerId[]
  date: string | null
  selection: Selection
}

export interface TextBlock {
  heading: string
  lines: string[]
}

export interface MapText {
  short: string
  blocks: TextBlock[]
}

/** The places of a layer on the map on the day (every one with no day chosen). */
export function shownPlaces(story: Story, layer: LayerId, date: string | null): PlaceEntry[] {
  return story.byLayer(layer).filter((e) => isPlaceShownAt(e.place, date))
}

function factLine(details: Details, id: string, lang: Lang, t: AllStrings): string | null {
  const fact = details.fact(id)
  if (!fact) return null
  return fact.asOf
    ? `${fact.text[lang]} (${format(t.asOf, { date: formatDate(fact.asOf, lang) })})`
    : fact.text[lang]
}

/** A source by its publisher and date. Its title stays in the cards: it is in the language it
 * was published in, or an English rendering of it, and would read here as the page's language. */
function sourceLine(details: Details, id: string, lang: Lang): string | null {
  const source = details.source(id)
  if (!source) return null
  return source.date ? `${source.publisher}, ${formatDate(source.date, lang)}` : source.publisher
}

function runoffLines(input: DescribeInput, lang: Lang, t: AllStrings): string[] {
  const rows = [...input.story.runoff].sort((a, b) => b[1] - a[1])
  const named = (list: [string, number][]) =>
    listOf(
      list.map(
        ([iso, pct]) =>
          `${input.regions.byIso(iso)?.name[lang] ?? iso} ${formatPercent(pct, lang)}`,
      ),
      lang,
    )
  return [
    format(t.describeRunoffHigh, { list: named(rows.slice(0, LARGEST)) }),
    format(t.describeRunoffLow, { list: named(rows.slice(-LARGEST).reverse()) }),
  ]
}

function deathsLines(input: DescribeInput, lang: Lang, t: AllStrings): string[] {
  const { story, date, details } = input
  const places = story.byLayer('deaths').map((e) => e.place)
  const tally = deathsTallyAt(places, date)
  const lines = [
    format(t.timelineDeathsAsOf, {
      count: String(tally.count),
      date: tally.asOf ? formatDate(tally.asOf, lang) : '',
    }),
  ]
  const largest = input.regions.list
    .map((region) => regionRow(input, region, date))
    .flatMap((row) => row.deathPlaces)
    .sort((a, b) => b.count - a.count)
    .slice(0, LARGEST)
  if (largest.length > 0) {
    const list = largest.map((d) =>
      format(t.describeCount, {
        name: d.place.name[lang],
        count: String(d.count),
      }),
    )
    const date = tally.asOf ? formatDate(tally.asOf, lang) : ''
    lines.push(format(t.describeDeathsLargest, { date, list: list.join('; ') }))
  }
  const counts = details
    ? (story.layer('deaths')?.facts ?? [])
        .filter((id) => id.startsWith(COUNT_FACT))
        .flatMap((id) => factLine(details, id, lang, t) ?? [])
    : []
  if (counts.length > 0) lines.push(t.describeCountsDiffer, ...counts)
  return lines
}

function layerBlock(input: DescribeInput, layer: LayerId, lang: Lang, t: AllStrings): TextBlock {
  const info = input.story.layer(layer)
  const shown = shownPlaces(input.story, layer, input.date)
  const lines = info ? [info.legend[lang]] : []
  if (layer === 'south') lines.push(...runoffLines(input, lang, t))
  if (layer === 'deaths') lines.push(...deathsLines(input, lang, t))
  else if (shown.length === 0) lines.push(t.describeNoneShown)
  else {
    const names = shown.map((e) => e.place.name[lang])
    lines.push(
      format(t.describeShown, {
        count: String(shown.length),
        names: listOf(names, lang, NAMES_LISTED),
      }),
    )
  }
  return { heading: info?.name[lang] ?? layer, lines }
}

function quotesBlock(quotes: readonly { text: string; translation_es: string }[], lang: Lang) {
  const t = allStrings(lang)
  return {
    heading: t.articleSays,
    lines: quotes.map((q) =>
      format(t.describeQuote, { text: lang === 'es' ? q.translation_es : q.text }),
    ),
  }
}

function sourcesBlock(details: Details | null, facts: readonly string[], lang: Lang) {
  const t = allStrings(lang)
  if (!details) return []
  const ids = [...new Set(facts.flatMap((id) => details.fact(id)?.sources ?? []))]
  const lines = ids.flatMap((id) => sourceLine(details, id, lang) ?? [])
  return lines.length > 0 ? [{ heading: t.sourcesLabel, lines }] : []
}

function regionBlocks(input: DescribeInput, iso: string, lang: Lang, t: AllStrings): TextBlock[] {
  const region = input.regions.byIso(iso)
  if (!region) return []
  const row = regionRow(input, region, input.date)
  const asOf = deathsAsOf(input.story, input.date)
  const asOfText = asOf ? formatDate(asOf, lang) : ''
  const lines: string[] = []
  if (row.runoff !== null) {
    lines.push(format(t.runoffShare, { pct: formatPercent(row.runoff, lang) }))
  }
  lines.push(
    row.deaths > 0
      ? format(t.describeRegionDeaths, {
          count: String(row.deaths),
          date: asOfText,
          list: listOf(
            row.deathPlaces.map((d) =>
              format(t.describeCount, {
                name: d.place.name[lang],
                count: String(d.count),
              }),
            ),
            lang,
          ),
        })
      : format(t.describeRegionNoDeaths, { date: asOfText }),
  )
  const names = (places: readonly Place[]) =>
    listOf(
      places.map((p) => p.name[lang]),
      lang,
    )
  if (row.curfew.length > 0) lines.push(format(t.describeCurfew, { list: names(row.curfew) }))
  if (row.airports.length > 0) lines.push(format(t.describeAirports, { list: names(row.airports) }))
  const inRegion = input.story.inRegion(iso).filter((e) => isPlaceShownAt(e.place, input.date))
  if (inRegion.length > 0) {
    lines.push(`${t.inThisRegion}: ${names(inRegion.map((e) => e.place))}.`)
  }
  const quotes = input.story.quotesForRegion(iso)
  const facts = inRegion.flatMap((e) => e.place.facts)
  const runoffSources =
    row.runoff !== null && input.details
      ? [
          {
            heading: t.sourcesLabel,
            lines: input.story.runoffInfo.sources.flatMap(
              (id) => (input.details && sourceLine(input.details, id, lang)) ?? [],
            ),
          },
        ]
      : []
  const placeSources = sourcesBlock(input.details, facts, lang)
  const sources = mergeBlocks([...placeSources, ...runoffSources])
  return [
    { heading: region.name[lang], lines },
    ...(quotes.length > 0 ? [quotesBlock(quotes, lang)] : []),
    ...sources,
  ]
}

function mergeBlocks(blocks: TextBlock[]): TextBlock[] {
  const [first] = blocks
  if (!first) return []
  const lines = [...new Set(blocks.flatMap((b) => b.lines))]
  return lines.length > 0 ? [{ heading: first.heading, lines }] : []
}

function placeBlocks(input: DescribeInput, entry: PlaceEntry, lang: Lang, t: AllStrings) {
  const { place } = entry
  const lines = [t[`kind_${place.kind}`], place.description[lang]]
  if (place.dates.length > 0) {
    const dates = listOf(
      place.dates.map((d) => formatDate(d, lang)),
      lang,
    )
    lines.push(format(t.describeDates, { dates }))
  }
  if (place.approximate) lines.push(`${t.approximateLocation}: ${place.approximate[lang]}`)
  if (input.details) {
    for (const id of place.facts) {
      const line = factLine(input.details, id, lang, t)
      if (line) lines.push(line)
    }
  }
  return [
    { heading: place.name[lang], lines },
    ...(entry.quotes.length > 0 ? [quotesBlock(entry.quotes, lang)] : []),
    ...sourcesBlock(input.details, place.facts, lang),
  ]
}

function selectedName(selection: Selection, lang: Lang): string | null {
  if (selection.kind === 'region') return selection.region.name[lang]
  if (selection.kind === 'place') return selection.entry.place.name[lang]
  return null
}

/** The short description alone: what the map shows, on which day, what is open. */
export function shortDescription(input: DescribeInput, lang: Lang): string {
  const t = allStrings(lang)
  const names = input.layers.map((id) => input.story.layer(id)?.name[lang] ?? id)
  const parts = [
    names.length > 0
      ? format(t.describeLayers, { layers: listOf(names, lang) })
      : t.describeNoLayers,
    input.date
      ? format(t.describeDate, { date: formatDate(input.date, lang) })
      : t.describeAllDates,
  ]
  const name = selectedName(input.selection, lang)
  if (name) parts.push(format(t.describeSelected, { name }))
  return parts.join(' ')
}

export function describeMap(input: DescribeInput, lang: Lang): MapText {
  const t = allStrings(lang)
  const { selection } = input
  const selected =
    selection.kind === 'region'
      ? regionBlocks(input, selection.region.iso, lang, t)
      : selection.kind === 'place'
        ? placeBlocks(input, selection.entry, lang, t)
        : []
  return {
    short: shortDescription(input, lang),
    blocks: [...selected, ...input.layers.map((layer) => layerBlock(input, layer, lang, t))],
  }
}
