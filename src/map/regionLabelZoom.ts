/**
 * Which region names wait for a closer zoom: Callao and Lima Metropolitana are too small to label
 * until the map is zoomed in. Shared with geo/detail.mjs, which keeps towns' names clear of the
 * regions' (tests/geo checks the two agree).
 */
export const SMALL_REGIONS: ReadonlySet<string> = new Set(['PE-CAL', 'PE-LMA'])
export const SMALL_LABEL_MIN_ZOOM = 8 // below this their labels overlap Lima's
