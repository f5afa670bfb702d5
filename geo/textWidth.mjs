/**
 * How wide a label's text is, in CSS px, before the browser draws it: the sum of its characters'
 * advance widths. The widths are DejaVu Sans's (Book and Bold), in em, as Chromium measured them
 * (1000 px text, ten of each character): it is the font the page's stack (src/styles.css:
 * system-ui … "DejaVu Sans", sans-serif) falls back to on Linux, and the widest of that stack,
 * so the boxes are upper bounds elsewhere too (Segoe UI, Roboto and San Francisco are narrower).
 * Kerning only narrows a word. Example: textWidth('Juliaca', { size: 10 }) is 32.6 px ("m" is 0.974 em,
 * "i" 0.278 em: a flat 0.57 em per character would be 15 % short for "Pomabamba").
 */

// biome-ignore format: a table reads better in rows
const BOOK = {
  ' ': 0.318, '(': 0.39, ')': 0.39, '-': 0.361, '.': 0.318, ',': 0.318, "'": 0.275, '’': 0.318,
  a: 0.613, b: 0.635, c: 0.55, d: 0.635, e: 0.615, f: 0.344, g: 0.635, h: 0.634, i: 0.278,
  j: 0.278, k: 0.579, l: 0.278, m: 0.974, n: 0.634, o: 0.612, p: 0.635, q: 0.635, r: 0.395,
  s: 0.521, t: 0.392, u: 0.634, v: 0.592, w: 0.818, x: 0.592, y: 0.592, z: 0.525,
  A: 0.709, B: 0.686, C: 0.698, D: 0.77, E: 0.632, F: 0.575, G: 0.775, H: 0.752, I: 0.295,
  J: 0.295, K: 0.656, L: 0.557, M: 0.863, N: 0.748, O: 0.787, P: 0.603, Q: 0.787, R: 0.695,
  S: 0.635, T: 0.595, U: 0.732, V: 0.684, W: 0.989, X: 0.685, Y: 0.611, Z: 0.685,
  á: 0.613, é: 0.615, í: 0.278, ó: 0.612, ú: 0.634, ñ: 0.634, ü: 0.634,
  Á: 0.709, É: 0.632, Í: 0.295, Ó: 0.787, Ú: 0.732, Ñ: 0.748, Ü: 0.732,
}
// biome-ignore format: a table reads better in rows
const BOLD = {
  ' ': 0.348, '(': 0.457, ')': 0.457, '-': 0.415, '.': 0.38, ',': 0.38, "'": 0.306, '’': 0.38,
  a: 0.675, b: 0.716, c: 0.593, d: 0.716, e: 0.678, f: 0.405, g: 0.716, h: 0.712, i: 0.343,
  j: 0.343, k: 0.665, l: 0.343, m: 1.042, n: 0.712, o: 0.687, p: 0.716, q: 0.716, r: 0.493,
  s: 0.595, t: 0.478, u: 0.712, v: 0.652, w: 0.924, x: 0.645, y: 0.652, z: 0.582,
  A: 0.774, B: 0.762, C: 0.734, D: 0.83, E: 0.683, F: 0.683, G: 0.821, H: 0.837, I: 0.372,
  J: 0.372, K: 0.775, L: 0.637, M: 0.995, N: 0.837, O: 0.85, P: 0.733, Q: 0.85, R: 0.77,
  S: 0.68, T: 0.703, U: 0.812, V: 0.774, W: 1.103, X: 0.771, Y: 0.724, Z: 0.725,
  á: 0.675, é: 0.678, í: 0.343, ó: 0.687, ú: 0.712, ñ: 0.712, ü: 0.712,
  Á: 0.774, É: 0.683, Í: 0.372, Ó: 0.85, Ú: 0.812, Ñ: 0.837, Ü: 0.812,
}
const UNKNOWN = 1.2 // em: wider than any character above, so a new character errs on the safe side

/**
 * @param {string} text
 * @param {{ size: number, bold?: boolean, letterSpacing?: number }} font size in px, letter
 *   spacing in em (CSS adds it after every character)
 * @returns {number} px
 */
export function textWidth(text, { size, bold = false, letterSpacing = 0 }) {
  const table = bold ? BOLD : BOOK
  let em = 0
  for (const char of text) em += (table[char] ?? UNKNOWN) + letterSpacing
  return em * size
}

/** Whether every character of the text has a measured width (tests: no label falls back). */
export function measurable(text) {
  return [...text].every((char) => char in BOOK)
}
