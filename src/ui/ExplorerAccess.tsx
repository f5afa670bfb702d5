/**
 * What the accessibility chunk adds to the map once it loads: the map's name and description and
 * its arrow keys (set on the container react-leaflet created, found from this wrapper inside
 * `.map-wrap`), the map in words, the live region, the keys' help (button and dialog) and the
 * skip link's behaviour.
 */
import { useEffect, useRef, useState } from 'react'
import type { LayerId } from '../../data/types.ts'
import type { Lang } from '../i18n/lang.ts'
import { useMapName } from '../map/useMapName.ts'
import { useRegionKeys } from '../map/useRegionKeys.ts'
import { type Selection, selectionKey } from '../model/selection.ts'
import { Announcer } from './Announcer.tsx'
import { KeysHelp } from './KeysHelp.tsx'
import { MapDescription } from './MapDescription.tsx'
import { useSkipLink } from './SkipLink.ts'

interface Props {
  layers: readonly LayerId[]
  date: string | null
  selection: Selection
  lang: Lang
  onSelectRegion: (iso: string) => void
}

function selectedName(selection: Selection, lang: Lang): string | null {
  if (selection.kind === 'region') return selection.region.name[lang]
  if (selection.kind === 'place') return selection.entry.place.name[lang]
  return null
}

export function ExplorerAccess({ layers, date, selection, lang, onSelectRegion }: Props) {
  const wrapper = useRef<HTMLDivElement>(null)
  const [map, setMap] = useState<HTMLElement | null>(null)
  useEffect(function findTheMap() {
    setMap(
      wrapper.current?.closest('.map-wrap')?.querySelector<HTMLElement>('.leaflet-container') ??
        null,
    )
  }, [])
  const selectedIso = selection.kind === 'region' ? selection.region.iso : null
  useMapName(map, lang)
  useRegionKeys(map, { lang, selectedIso, onSelect: onSelectRegion })
  useSkipLink(lang)
  const state = {
    layers,
    date,
    selectedKey: selectionKey(selection),
    selected: selectedName(selection, lang),
  }
  return (
    <div ref={wrapper}>
      <KeysHelp lang={lang} />
      <MapDescription {...{ layers, date, selection, lang }} />
      <Announcer state={state} lang={lang} />
    </div>
  )
}
