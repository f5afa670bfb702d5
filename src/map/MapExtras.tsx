/**
 * The map's tools, loaded after the first paint (MapTools.tsx: Whole of Peru and the Home key, a
 * metric scale bar, the detail notice, names on hover and focus, the tab's title). Inside the map:
 * they need it. MapView draws them in its last stage, in the Suspense boundary that marks the map
 * complete once they are there (map/MapComplete.tsx).
 */
import type { Lang } from '../i18n/lang.ts'
import { LazyMapTools } from './lazyMap.ts'

interface Props {
  lang: Lang
  title: string // the tab's title (i18n/pageTitle.ts)
  onStreetMap: (() => void) | null
}

export function MapExtras(props: Props) {
  return <LazyMapTools {...props} />
}
