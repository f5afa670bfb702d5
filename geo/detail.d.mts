/** Types of detail.mjs's constants, for the tests that compare them with src/ (tests/geo). */
export const DETAIL_PATH: string
export const MAX_ZOOM: number
export const SMALL_REGIONS: ReadonlySet<string>
export const SMALL_LABEL_MIN_ZOOM: number
export const LABELLED_COUNTRIES: ReadonlySet<string>
export const FIRST_ZOOM: { lake: number; department: number; province: number }
export function boxKind(town: { department: boolean }): 'capital' | 'town'
