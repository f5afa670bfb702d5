/**
 * "Download an image" of what is on screen: the page's map; its title (the selection, the map's
 * title, the day); the legend of the layers the address shows (from the layer definitions, not
 * from any legend on screen); the attribution and the link. Part of the Share panel's chunk,
 * which loads on first use: the first view does not carry it.
 */
import { formatDate } from '../i18n/dates.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { visibleLayers } from '../model/layers.ts'
import { downloadMapImage } from './drawImage.ts'
import { legendRows } from './legendRows.ts'
import type { ViewSource } from './viewSource.ts'

/** Draws and downloads the image of the map on this page, in `lang`. */
export async function downloadView(
  lang: Lang,
  t: Strings,
  legendHeading: string,
  address: string, // the link to what is on screen (the full page's, also in an embed)
  source: ViewSource,
): Promise<void> {
  const container = document.querySelector<HTMLElement>('.leaflet-container')
  if (!container) throw new Error('export: no map on the page')
  const { state, model } = source
  if (!model) throw new Error('export: the map has not loaded')
  const { story } = model
  const route = state.route
  const name =
    route.kind === 'region'
      ? model.regions.resolve(route.key)?.name[lang]
      : route.kind === 'place'
        ? story.byId(route.id)?.place.name[lang]
        : undefined
  const day = state.date ? ` · ${formatDate(state.date, lang)}` : ''
  const opened = state.route.kind === 'place' ? story.byId(state.route.id)?.place.layer : null
  const layers = visibleLayers(state.layers, opened ?? null)
  await downloadMapImage(container, {
    title: `${name ? `${name} — ` : ''}${t.appTitle}${day}`,
    subtitle: `${t.appSubtitle} — ${t.storyCredit}`,
    legendHeading,
    rows: legendRows(layers, (id) => story.layer(id)?.name[lang], lang),
    credits: [t.attributionBundled, address],
  })
}
