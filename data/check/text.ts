/**
 * Text checks: no markup anywhere in data/, quotes and references are verbatim spans of
 * data/article.md, article.json agrees with the article's header, and minors killed are never
 * named (a death fact about someone under 18 gives initials or says the name is withheld).
 */
import type { Article } from '../dataset.ts'
import type { Fact, Quote, Reference } from '../types.ts'
import { type Entry, problem } from './entries.ts'
import { isObject } from './rules.ts'

export const ARTICLE_TEXT_FILE = 'data/article.md'
const MARKUP = /<[a-z!/?]/i // a tag, a closing tag or a comment
const SCRIPT_URL = /javascript:/i
/** "D.A.Q." (as the Defensoría del Pueblo's register gives minors), or an explicit withholding. */
const MINOR_NAME =
  /^(?:(?:[A-ZÁÉÍÓÚÑ]\.){2,}|Name withheld \(a minor\)|Nombre reservado \(menor de edad\))$/
const DEATH_EN = /^([^,]+), (\d+)\b/ // "Wilfredo Lizarme Barbosa, 18, was killed…"
const DEATH_ES = /^([^,]+), (\d+) años\b/ // "Wilfredo Lizarme Barbosa, 18 años, murió…"
export const DEATH_FACT_PREFIX = 'death-'

/** Collapses runs of white space to one space. Quotes marks are NOT normalised: verbatim means verbatim. */
export const normalizeSpace = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Every string inside a value, with its path. */
export function* stringsOf(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value]
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* stringsOf(v, `${path}[${i}]`)
  else if (isObject(value))
    for (const [key, v] of Object.entries(value)) yield* stringsOf(v, path ? `${path}.${key}` : key)
}

export function markupProblems(entry: Entry): string[] {
  const out: string[] = []
  for (const [path, text] of stringsOf(entry.value)) {
    if (MARKUP.test(text))
      out.push(problem(entry, `${path || 'text'} contains markup ("<" and a letter)`))
    if (SCRIPT_URL.test(text)) out.push(problem(entry, `${path || 'text'} contains "javascript:"`))
  }
  return out
}

export function articleTextProblems(text: string): string[] {
  const out: string[] = []
  text.split('\n').forEach((line, i) => {
    if (MARKUP.test(line)) out.push(`${ARTICLE_TEXT_FILE}: line ${i + 1}: contains markup`)
    if (SCRIPT_URL.test(line))
      out.push(`${ARTICLE_TEXT_FILE}: line ${i + 1}: contains "javascript:"`)
  })
  return out
}

export function checkQuoteVerbatim(entry: Entry<Quote>, articleText: string): string[] {
  if (normalizeSpace(articleText).includes(normalizeSpace(entry.value.text))) return []
  return [
    problem(entry, `text is not a verbatim span of ${ARTICLE_TEXT_FILE}: "${entry.value.text}"`),
  ]
}

export function checkReferenceText(entry: Entry<Reference>, articleText: string): string[] {
  if (normalizeSpace(articleText).includes(normalizeSpace(entry.value.text))) return []
  return [problem(entry, `text does not occur in ${ARTICLE_TEXT_FILE}`)]
}

/** The header of article.md ("# title", "Author: …", "Publisher: …", "Date: …") matches article.json. */
export function checkArticleHeader(entry: Entry<Article>, articleText: string): string[] {
  const { title, author, publisher, date } = entry.value
  const expected = [
    `# ${title}`,
    '',
    `Author: ${author}`,
    `Publisher: ${publisher}`,
    `Date: ${date}`,
    '',
  ]
  const lines = articleText.split('\n').slice(0, expected.length)
  return expected.flatMap((line, i) =>
    lines[i] === line
      ? []
      : [
          problem(
            entry,
            `${ARTICLE_TEXT_FILE} line ${i + 1} should be ${JSON.stringify(line)}, not ${JSON.stringify(lines[i] ?? '')}`,
          ),
        ],
  )
}

/** A death fact about a person under 18 names them by initials only (or withholds the name). */
export function checkMinor(entry: Entry<Fact>): string[] {
  const fact = entry.value
  if (!fact.id.startsWith(DEATH_FACT_PREFIX)) return []
  const out: string[] = []
  for (const [lang, pattern] of [
    ['en', DEATH_EN],
    ['es', DEATH_ES],
  ] as const) {
    const match = pattern.exec(fact.text[lang])
    if (!match) continue // no age given (e.g. an unnamed person)
    const [, name = '', age = ''] = match
    if (Number(age) < 18 && !MINOR_NAME.test(name.trim()))
      out.push(
        problem(
          entry,
          `text.${lang}: a minor (${age}) must be given by initials only, not "${name}"`,
        ),
      )
  }
  return out
}
