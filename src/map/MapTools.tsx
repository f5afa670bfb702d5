/**
 * The map's tools that can wait for the first paint: "Whole of Peru" (and the Home key), a metric
 * scale bar, and the notice where the bundled map runs out of detail.
 */
import { ScaleControl } from 'react-leaflet'
import type { Lang } from '../i18n/lang.ts'
import { DetailNotice } from './DetailNotice.tsx'
import { WholePeruControl } from './WholePeruControl.tsx'

interface Props {
  lang: Lang
  onStreetMap: (() => void) | null
}

export function MapTools({ lang, onStreetMap }: Props) {
  return (
    <>
      <WholePeruControl key={lang} lang={lang} />
      <ScaleControl position="topleft" imperial={false} />
      <DetailNotice lang={lang} onStreetMap={onStreetMap} />
    </>
  )
}
