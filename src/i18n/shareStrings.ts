/**
 * The strings of sharing, embedding, full screen and print, in both languages (as strings.ts,
 * whose rules they follow: `ShareStrings` comes from the English table, so a key missing from the
 * Spanish one is a type error; tests/unit/shareStrings.test.ts checks they are all there and
 * translated). A module of their own: only the lazily loaded Share panel, header buttons and
 * embed use them, so the first load of the full site does not carry them (initial JS budget).
 */
import type { Lang } from './lang.ts'

const en = {
  share: 'Share',
  shareHeading: 'Share this map',
  shareLinkLabel: 'Link to what is on screen',
  embedCodeLabel: 'Embed code (an iframe, the resize script and a plain link)',
  copyCode: 'Copy code',
  codeCopied: 'Code copied',
  shareByEmail: 'Send by e-mail',
  shareSheet: 'More ways to share…',
  close: 'Close',
  fullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
  openFullMap: 'Open the full map',
  embedOpenFullMap: 'Open the map “{title}” on its own page',
  gestureWheel: 'Use Ctrl + scroll to zoom the map',
  gestureWheelMac: 'Use ⌘ + scroll to zoom the map',
  gestureTouch: 'Use two fingers to move the map',
  legendHeading: 'Legend',
  pageAddress: 'This page: {url}',
  embedCredit: 'Article: Andrea Lobo, WSWS, 16 December 2022 · Boundaries: Natural Earth',
  downloadImage: 'Download an image (PNG)',
  drawingImage: 'Drawing the image…',
  imageFailed: 'The image could not be drawn.',
}

export type ShareStrings = Record<keyof typeof en, string>

const es: ShareStrings = {
  share: 'Compartir',
  shareHeading: 'Compartir este mapa',
  shareLinkLabel: 'Enlace a lo que se ve en pantalla',
  embedCodeLabel: 'Código para insertar (un iframe, el script de altura y un enlace simple)',
  copyCode: 'Copiar código',
  codeCopied: 'Código copiado',
  shareByEmail: 'Enviar por correo',
  shareSheet: 'Más formas de compartir…',
  close: 'Cerrar',
  fullscreen: 'Pantalla completa',
  exitFullscreen: 'Salir de pantalla completa',
  openFullMap: 'Abrir el mapa completo',
  embedOpenFullMap: 'Abrir el mapa «{title}» en su propia página',
  gestureWheel: 'Use Ctrl + rueda para ampliar el mapa',
  gestureWheelMac: 'Use ⌘ + rueda para ampliar el mapa',
  gestureTouch: 'Use dos dedos para mover el mapa',
  legendHeading: 'Leyenda',
  pageAddress: 'Esta página: {url}',
  embedCredit: 'Artículo: Andrea Lobo, WSWS, 16 de diciembre de 2022 · Límites: Natural Earth',
  downloadImage: 'Descargar una imagen (PNG)',
  drawingImage: 'Dibujando la imagen…',
  imageFailed: 'No se pudo dibujar la imagen.',
}

export const SHARE_STRINGS: Record<Lang, ShareStrings> = { es, en }
