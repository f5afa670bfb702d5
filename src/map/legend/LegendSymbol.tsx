/** A legend's sample of a map symbol, drawn with the map's own colours, radii and dashes. */
import { LAYER_COLORS } from '../../layers/palette.ts'

const BOX = 26 // pixels: a sample's box, the largest symbol fits in it

interface Props {
  kind: 'point' | 'hollow' | 'approximate' | 'hatched' | 'outline' | 'fill'
  color?: string
  radius?: number // pixels, for points
}

export function LegendSymbol({ kind, color = LAYER_COLORS.article, radius = 7 }: Props) {
  const size = Math.max(BOX, Math.ceil(2 * radius) + 4)
  const c = size / 2
  const shape =
    kind === 'hatched' || kind === 'fill' || kind === 'outline' ? (
      <rect
        x={3}
        y={5}
        width={size - 6}
        height={size - 10}
        fill={kind === 'hatched' ? 'url(#curfew-hatch)' : kind === 'fill' ? color : 'none'}
        stroke={kind === 'fill' ? '#4d463b' : color}
        strokeWidth={kind === 'fill' ? 1.5 : 2}
        strokeDasharray={kind === 'outline' ? '6 4' : undefined}
      />
    ) : (
      <circle
        cx={c}
        cy={c}
        r={radius}
        fill={color}
        fillOpacity={kind === 'hollow' ? 0.08 : kind === 'approximate' ? 0.35 : 0.75}
        stroke={color}
        strokeWidth={2}
        strokeDasharray={kind === 'approximate' ? '3 3' : undefined}
      />
    )
  return (
    <svg className="legend-symbol" width={size} height={size} aria-hidden="true" focusable="false">
      {shape}
    </svg>
  )
}
