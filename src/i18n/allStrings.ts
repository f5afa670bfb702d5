/** The interface strings and the accessibility features' strings as one table, for the modules
 * that load with those features (see accessStrings.ts for why they are two files). */
import { ACCESS_STRINGS, type AccessStrings } from './accessStrings.ts'
import type { Lang } from './lang.ts'
import { STRINGS, type Strings } from './strings.ts'

export type AllStrings = Strings & AccessStrings

const TABLES: Record<Lang, AllStrings> = {
  es: { ...STRINGS.es, ...ACCESS_STRINGS.es },
  en: { ...STRINGS.en, ...ACCESS_STRINGS.en },
}

export function allStrings(lang: Lang): AllStrings {
  return TABLES[lang]
}
