/**
 * SVG patterns the map's paths refer to by id (`fill: url(#curfew-hatch)`): Leaflet's SVG renderer
 * has no way to define them, and a pattern in the same document is found by reference.
 */
export function SvgPatterns() {
  return (
    <svg className="svg-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id="curfew-hatch"
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill="#3d3d3d" fillOpacity="0.06" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#3d3d3d" strokeWidth="2" strokeOpacity="0.55" />
        </pattern>
      </defs>
    </svg>
  )
}
