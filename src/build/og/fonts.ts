/**
 * The fonts of the preview images: Noto Sans (SIL Open Font License) from the npm package
 * @expo-google-fonts/noto-sans, which ships TrueType files — resvg reads TTF/OTF, not woff2, and
 * draws no text at all when it finds no font (it does not fail), so the files are passed by path
 * and system fonts are off: the images are the same on every machine.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export const FONT_FAMILY = 'Noto Sans'

export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
}
