/** Types of waters.mjs's constants, for the tests that compare them with src/ (tests/geo). */
export const WATERS_FILE: string
export const PANNABLE: [number, number, number, number]
