/**
 * Tiny composable shape rules for the JSON files: each rule returns the problems it finds at a
 * path ("geometry.lat must be a number"), never throws, and so can report every problem at once.
 */
export type Rule = (value: unknown, path: string) => string[]

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/ // ids appear in share links: ASCII kebab only
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const at = (path: string, key: string) => (path ? `${path}.${key}` : key)

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const text: Rule = (value, path) =>
  typeof value === 'string' && value.trim() !== '' ? [] : [`${path} must be a non-empty string`]

export const slug: Rule = (value, path) =>
  typeof value === 'string' && SLUG.test(value)
    ? []
    : [`${path} must be an ASCII slug like "mexican-embassy", not ${JSON.stringify(value)}`]

/** True for a real calendar date written YYYY-MM-DD (2022-02-30 is refused). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

export const isoDate: Rule = (value, path) =>
  isIsoDate(value) ? [] : [`${path} must be an ISO date YYYY-MM-DD, not ${JSON.stringify(value)}`]

export const bool: Rule = (value, path) =>
  typeof value === 'boolean' ? [] : [`${path} must be true or false`]

export const number =
  (min: number, max: number): Rule =>
  (value, path) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
      ? []
      : [`${path} must be a number in [${min}, ${max}], not ${JSON.stringify(value)}`]

export const oneOf =
  (...allowed: readonly string[]): Rule =>
  (value, path) =>
    typeof value === 'string' && allowed.includes(value)
      ? []
      : [`${path} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`]

export const nullable =
  (rule: Rule): Rule =>
  (value, path) =>
    value === null ? [] : rule(value, path)

export const arrayOf =
  (rule: Rule, min = 0): Rule =>
  (value, path) => {
    if (!Array.isArray(value)) return [`${path} must be an array`]
    const problems = value.flatMap((item, index) => rule(item, `${path}[${index}]`))
    if (value.length < min) problems.push(`${path} must have at least ${min} item(s)`)
    return problems
  }

/** An object with exactly these fields: a missing or an unknown field is a problem. */
export const object =
  (fields: Record<string, Rule>): Rule =>
  (value, path) => {
    if (!isObject(value)) return [`${path || 'record'} must be an object`]
    const problems: string[] = []
    for (const [key, rule] of Object.entries(fields)) {
      if (!(key in value)) problems.push(`${at(path, key)} is missing`)
      else problems.push(...rule(value[key], at(path, key)))
    }
    for (const key of Object.keys(value)) {
      if (!(key in fields)) problems.push(`${at(path, key)} is not a known field`)
    }
    return problems
  }

/** Picks the object rule by the value of a tag field (e.g. geometry.type). */
export const tagged =
  (tag: string, variants: Record<string, Rule>): Rule =>
  (value, path) => {
    const kind = isObject(value) ? value[tag] : undefined
    const rule = typeof kind === 'string' ? variants[kind] : undefined
    if (rule) return rule(value, path)
    return [`${at(path, tag)} must be one of ${Object.keys(variants).join(', ')}`]
  }

export const localized: Rule = object({ es: text, en: text })
