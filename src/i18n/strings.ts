/**
 * Every interface string in both languages. `Strings` is derived from the English table, so a key
 * missing from the Spanish one is a type error, and tests/unit/strings.test.ts checks that no value
 * is empty. Templates use `{name}` placeholders, filled by `format` in i18n/format.ts.
 */
const en = {
  appTitle: 'Peru, December 2022: the map of the protests',
  appSubtitle: 'Protests mount in Peru with at least 21 killed by US-trained security forces',
  storyCredit: 'Andrea Lobo, World Socialist Web Site, 16 December 2022',
  languageSwitch: 'Language',
  switchToOther: 'Ver en español',
  otherLangName: 'Español',
  mapLabel: 'Map of Peru and its 26 regions',
  regionsHeading: 'Regions',
  findRegion: 'Find a region',
  findRegionPlaceholder: 'Type a region name',
  noMatch: 'No region matches',
  layersHeading: 'Layers',
  basemapHeading: 'Base map',
  basemapBundled: 'Built-in map (works offline)',
  basemapOsm: 'OpenStreetMap tiles (needs the network)',
  tilesFailed: 'Map tiles could not be loaded: showing the built-in map instead.',
  regionNotFound: 'No region or place matches the link “{key}”: showing the whole of Peru.',
  linkNotFound: 'This link does not lead to anything on the map: showing the whole of Peru.',
  dismiss: 'Dismiss',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy: select the address and copy it',
  close: 'Close',
  regionKind: 'Region',
  regionCapitalKind: 'Capital region',
  nothingYet: 'The article does not mention this region.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showPanel: 'Show panel',
  hidePanel: 'Hide panel',
  loading: 'Loading the map…',
  loadFailed: 'The map could not load its data. Check the connection and reload the page.',
  reload: 'Reload',
  attributionBundled: 'Boundaries: Natural Earth (public domain)',
}

export type StringKey = keyof typeof en
export type Strings = Record<StringKey, string>

const es: Strings = {
  appTitle: 'Perú, diciembre de 2022: el mapa de las protestas',
  appSubtitle: 'Protests mount in Peru with at least 21 killed by US-trained security forces',
  storyCredit: 'Andrea Lobo, World Socialist Web Site, 16 de diciembre de 2022',
  languageSwitch: 'Idioma',
  switchToOther: 'View in English',
  otherLangName: 'English',
  mapLabel: 'Mapa del Perú y sus 26 regiones',
  regionsHeading: 'Regiones',
  findRegion: 'Buscar una región',
  findRegionPlaceholder: 'Escriba el nombre de una región',
  noMatch: 'Ninguna región coincide',
  layersHeading: 'Capas',
  basemapHeading: 'Mapa base',
  basemapBundled: 'Mapa integrado (funciona sin conexión)',
  basemapOsm: 'Teselas de OpenStreetMap (requiere conexión)',
  tilesFailed: 'No se pudieron cargar las teselas: se muestra el mapa integrado.',
  regionNotFound:
    'Ninguna región ni lugar coincide con el enlace «{key}»: se muestra todo el Perú.',
  linkNotFound: 'Este enlace no lleva a nada en el mapa: se muestra todo el Perú.',
  dismiss: 'Cerrar aviso',
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado',
  copyFailed: 'No se pudo copiar: seleccione la dirección y cópiela',
  close: 'Cerrar',
  regionKind: 'Región',
  regionCapitalKind: 'Región capital',
  nothingYet: 'El artículo no menciona esta región.',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  showPanel: 'Mostrar panel',
  hidePanel: 'Ocultar panel',
  loading: 'Cargando el mapa…',
  loadFailed: 'El mapa no pudo cargar sus datos. Revise la conexión y vuelva a cargar la página.',
  reload: 'Volver a cargar',
  attributionBundled: 'Límites: Natural Earth (dominio público)',
}

export const STRINGS: Record<'es' | 'en', Strings> = { es, en }
