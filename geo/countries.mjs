/**
 * The countries drawn on the basemap, keyed by world-atlas id (ISO 3166-1 numeric), with ISO
 * alpha-2 codes and names in Spanish and English (CLDR's, as Intl.DisplayNames gives them, kept
 * here so the build does not depend on Node's ICU). `within` clips a country to one of its
 * parts: world-atlas has French Guiana inside France.
 */

/** Peru's five neighbours: grown to meet the regions exactly (geo/basemap.mjs). */
export const NEIGHBOURS = [
  { id: '218', iso_a2: 'EC', name_es: 'Ecuador', name_en: 'Ecuador' },
  { id: '170', iso_a2: 'CO', name_es: 'Colombia', name_en: 'Colombia' },
  { id: '076', iso_a2: 'BR', name_es: 'Brasil', name_en: 'Brazil' },
  { id: '068', iso_a2: 'BO', name_es: 'Bolivia', name_en: 'Bolivia' },
  { id: '152', iso_a2: 'CL', name_es: 'Chile', name_en: 'Chile' },
]

export const PERU = { id: '604', iso_a2: 'PE', name_es: 'Perú', name_en: 'Peru' }

/** Every other country with land left in the window after simplification, by code. */
export const OTHERS = [
  { id: '024', iso_a2: 'AO', name_es: 'Angola', name_en: 'Angola' },
  { id: '032', iso_a2: 'AR', name_es: 'Argentina', name_en: 'Argentina' },
  { id: '854', iso_a2: 'BF', name_es: 'Burkina Faso', name_en: 'Burkina Faso' },
  { id: '204', iso_a2: 'BJ', name_es: 'Benín', name_en: 'Benin' },
  { id: '044', iso_a2: 'BS', name_es: 'Bahamas', name_en: 'Bahamas' },
  { id: '084', iso_a2: 'BZ', name_es: 'Belice', name_en: 'Belize' },
  { id: '178', iso_a2: 'CG', name_es: 'República del Congo', name_en: 'Republic of the Congo' },
  { id: '384', iso_a2: 'CI', name_es: 'Costa de Marfil', name_en: 'Côte d’Ivoire' },
  { id: '120', iso_a2: 'CM', name_es: 'Camerún', name_en: 'Cameroon' },
  { id: '188', iso_a2: 'CR', name_es: 'Costa Rica', name_en: 'Costa Rica' },
  { id: '192', iso_a2: 'CU', name_es: 'Cuba', name_en: 'Cuba' },
  { id: '214', iso_a2: 'DO', name_es: 'República Dominicana', name_en: 'Dominican Republic' },
  { id: '012', iso_a2: 'DZ', name_es: 'Argelia', name_en: 'Algeria' },
  { id: '732', iso_a2: 'EH', name_es: 'Sáhara Occidental', name_en: 'Western Sahara' },
  { id: '238', iso_a2: 'FK', name_es: 'Islas Malvinas', name_en: 'Falkland Islands' },
  { id: '266', iso_a2: 'GA', name_es: 'Gabón', name_en: 'Gabon' },
  {
    id: '250',
    iso_a2: 'GF',
    name_es: 'Guayana Francesa',
    name_en: 'French Guiana',
    within: [-55, 1, -51, 6.5],
  },
  { id: '288', iso_a2: 'GH', name_es: 'Ghana', name_en: 'Ghana' },
  { id: '270', iso_a2: 'GM', name_es: 'Gambia', name_en: 'Gambia' },
  { id: '324', iso_a2: 'GN', name_es: 'Guinea', name_en: 'Guinea' },
  { id: '226', iso_a2: 'GQ', name_es: 'Guinea Ecuatorial', name_en: 'Equatorial Guinea' },
  { id: '320', iso_a2: 'GT', name_es: 'Guatemala', name_en: 'Guatemala' },
  { id: '624', iso_a2: 'GW', name_es: 'Guinea-Bisáu', name_en: 'Guinea-Bissau' },
  { id: '328', iso_a2: 'GY', name_es: 'Guyana', name_en: 'Guyana' },
  { id: '340', iso_a2: 'HN', name_es: 'Honduras', name_en: 'Honduras' },
  { id: '332', iso_a2: 'HT', name_es: 'Haití', name_en: 'Haiti' },
  { id: '388', iso_a2: 'JM', name_es: 'Jamaica', name_en: 'Jamaica' },
  { id: '430', iso_a2: 'LR', name_es: 'Liberia', name_en: 'Liberia' },
  { id: '434', iso_a2: 'LY', name_es: 'Libia', name_en: 'Libya' },
  { id: '504', iso_a2: 'MA', name_es: 'Marruecos', name_en: 'Morocco' },
  { id: '466', iso_a2: 'ML', name_es: 'Malí', name_en: 'Mali' },
  { id: '478', iso_a2: 'MR', name_es: 'Mauritania', name_en: 'Mauritania' },
  { id: '484', iso_a2: 'MX', name_es: 'México', name_en: 'Mexico' },
  { id: '562', iso_a2: 'NE', name_es: 'Níger', name_en: 'Niger' },
  { id: '566', iso_a2: 'NG', name_es: 'Nigeria', name_en: 'Nigeria' },
  { id: '558', iso_a2: 'NI', name_es: 'Nicaragua', name_en: 'Nicaragua' },
  { id: '591', iso_a2: 'PA', name_es: 'Panamá', name_en: 'Panama' },
  { id: '630', iso_a2: 'PR', name_es: 'Puerto Rico', name_en: 'Puerto Rico' },
  { id: '600', iso_a2: 'PY', name_es: 'Paraguay', name_en: 'Paraguay' },
  { id: '694', iso_a2: 'SL', name_es: 'Sierra Leona', name_en: 'Sierra Leone' },
  { id: '686', iso_a2: 'SN', name_es: 'Senegal', name_en: 'Senegal' },
  { id: '740', iso_a2: 'SR', name_es: 'Surinam', name_en: 'Suriname' },
  { id: '222', iso_a2: 'SV', name_es: 'El Salvador', name_en: 'El Salvador' },
  { id: '768', iso_a2: 'TG', name_es: 'Togo', name_en: 'Togo' },
  { id: '788', iso_a2: 'TN', name_es: 'Túnez', name_en: 'Tunisia' },
  { id: '780', iso_a2: 'TT', name_es: 'Trinidad y Tobago', name_en: 'Trinidad and Tobago' },
  { id: '840', iso_a2: 'US', name_es: 'Estados Unidos', name_en: 'United States' },
  { id: '858', iso_a2: 'UY', name_es: 'Uruguay', name_en: 'Uruguay' },
  { id: '862', iso_a2: 'VE', name_es: 'Venezuela', name_en: 'Venezuela' },
]
