/** Types of labelBoxes.mjs, for the tests that check the derived label zooms (tests/geo). */
export interface LabelStyle {
  size: number
  lineHeight: number
  bold?: boolean
  letterSpacing?: number
  upper?: boolean
  dot?: number
  gap?: number
}
export type LabelKind = 'region' | 'country' | 'lake' | 'town' | 'capital'
export const LABEL_STYLE: Record<LabelKind, LabelStyle>
export const MARGIN: number
export function labelBox(kind: LabelKind, texts: string[]): [number, number, number, number]
