/**
 * The title of a page or tab: what is open, then the map's title, in one language.
 *   pageTitle('Ayacucho', 'Peru, December 2022: the map of the protests')
 *     → 'Ayacucho — Peru, December 2022: the map of the protests'
 * The app (ui/useDocumentTitle.ts) and the prerendered pages (build/pages.ts) share it.
 */
export function pageTitle(name: string | null, site: string): string {
  return name ? `${name} — ${site}` : site
}
