/**
 * The map's parts that load after the first paint, in one chunk (one request, and nothing split
 * out of the initial script, which has no room to spare): the legend's content, the tools
 * (Whole of Peru, scale, detail notice), the names on hover and focus, the spread of overlapping symbols
 * and its leader lines, and the SVG patterns the curfew's hatching refers to (a hatched area is
 * outlined until they arrive), the regions' names (drawn at their stage, useStages.ts), and the
 * close-up detail (rivers, lakes, towns), whose data then loads as a chunk of its own.
 */
export { DetailLayer } from './DetailLayer.tsx'
export { HoverNames } from './HoverNames.tsx'
export { MapLegend } from './legend/MapLegend.tsx'
export { MapTools } from './MapTools.tsx'
export { RegionLabels } from './RegionLabels.tsx'
export { Spreader } from './Spreader.tsx'
export { SvgPatterns } from './SvgPatterns.tsx'
