/**
 * A record of data/ with where it came from, so that every problem names the file and the record:
 * `data/places/mines.json: place "antamina": region "PE-XXX" is not one of the 26 regions`.
 */
import { isObject } from './rules.ts'

export interface Entry<T = unknown> {
  file: string // "data/places/mines.json"
  kind: string // "place"
  index: number
  value: T
}

/** `place "antamina"`, or `reference "Lima"`, or `quote #3` when the record has no usable id. */
export function label(entry: Entry): string {
  const value = entry.value
  if (isObject(value)) {
    if (typeof value.id === 'string' && value.id) return `${entry.kind} "${value.id}"`
    if (typeof value.text === 'string' && entry.kind === 'reference')
      return `${entry.kind} "${value.text}"`
    if (typeof value.region === 'string' && entry.kind === 'row')
      return `${entry.kind} "${value.region}"`
  }
  return `${entry.kind} #${entry.index}`
}

export function problem(entry: Entry, message: string): string {
  return `${entry.file}: ${label(entry)}: ${message}`
}

/** The records of a file that must hold an array; a non-array is itself a problem. */
export function entriesOf(file: string, kind: string, value: unknown, problems: string[]): Entry[] {
  if (!Array.isArray(value)) {
    problems.push(`${file}: expected an array of ${kind} records`)
    return []
  }
  return value.map((item, index) => ({ file, kind, index, value: item }))
}
