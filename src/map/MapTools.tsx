/**
 * The map's tools that can wait for the first paint: "Whole of Peru" (and the Home key), a metric
 * scale bar, the tab's title (which names the selection), the notice where the bundled map runs out of detail and names on hover and focus.
 */
import { ScaleControl } from 'react-leaflet'
import type { Lang } from '../i18n/lang.ts'
import { useDocumentTitle } from '../ui/useDocumentTitle.ts'
import { DetailNotice } from './DetailNotice.tsx'
import { HoverNames } from './HoverNames.tsx'
import { WholePeruControl } from './WholePeruControl.tsx'

interface Props {
  lang: Lang
  title: string
  onStreetMap: (() => void) | null
}

export function MapTools({ lang, title, onStreetMap }: Props) {
  useDocumentTitle(title)
  return (
    <>
      <WholePeruControl key={lang} lang={lang} />
      <ScaleControl position="topleft" imperial={false} />
      <DetailNotice lang={lang} onStreetMap={onStreetMap} />
      <HoverNames />
    </>
  )
}
