/** Types of textWidth.mjs, for the tests (tests/geo). */
export function textWidth(
  text: string,
  font: { size: number; bold?: boolean; letterSpacing?: number },
): number
export function measurable(text: string): boolean
