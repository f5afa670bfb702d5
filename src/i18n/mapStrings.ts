/**
 * The strings of the map's own explanations (legend, Whole of Peru, detail notice, basemap
 * credits), in both languages. Kept apart from strings.ts because only the chunks that load after
 * the first paint use them: the initial script has no room to spare (130 KB budget). Same rules
 * as strings.ts: `MapStrings` is derived from the English table, so a key missing from the
 * Spanish one is a type error (tests/unit/mapStrings.test.ts checks that none is empty).
 */
import type { Lang } from './lang.ts'

const en = {
  legendHeading: 'Legend',
  legendShow: 'Legend',
  legendHide: 'Hide the legend',
  legendNamedRegions: 'Regions the article names',
  legendApproximate: 'Dashed: approximate location',
  legendUnnamed: 'Hollow: not named in the article',
  legendSpread: 'Symbols pushed apart so none hides another; a line leads to the true spot',
  legendHatched: 'Hatched: province under curfew',
  legendArticleSays: 'The article: “{quote}”',
  legendOnTheMap: 'On this map: {count}',
  wholePeru: 'Whole of Peru',
  wholePeruTitle: 'Show the whole of Peru (Home key)',
  detailEnds: 'The built-in map has no more detail at this zoom.',
  showStreetMap: 'Show the street map',
}

export type MapStrings = Record<keyof typeof en, string>

const es: MapStrings = {
  legendHeading: 'Leyenda',
  legendShow: 'Leyenda',
  legendHide: 'Ocultar la leyenda',
  legendNamedRegions: 'Regiones que nombra el artículo',
  legendApproximate: 'Línea discontinua: ubicación aproximada',
  legendUnnamed: 'Hueco: el artículo no lo nombra',
  legendSpread: 'Símbolos separados para que ninguno tape a otro; una línea lleva al lugar exacto',
  legendHatched: 'Rayado: provincia con toque de queda',
  legendArticleSays: 'El artículo: «{quote}»',
  legendOnTheMap: 'En este mapa: {count}',
  wholePeru: 'Todo el Perú',
  wholePeruTitle: 'Ver todo el Perú (tecla Inicio)',
  detailEnds: 'El mapa incorporado no tiene más detalle a este zoom.',
  showStreetMap: 'Ver el mapa de calles',
}

export const MAP_STRINGS: Record<Lang, MapStrings> = { es, en }
