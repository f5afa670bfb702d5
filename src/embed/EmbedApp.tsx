/**
 * The embed's frame: the language (the link's `?lang=`, else the reader's browser), the loading
 * and failure states, the map once loaded, and the height messages to the host page.
 */
import { useEffect, useRef } from 'react'
import { pickLang } from '../i18n/lang.ts'
import { STRINGS } from '../i18n/strings.ts'
import { DetailsContext } from '../model/details.ts'
import { ModelContext } from '../model/model.ts'
import { useLoadedModel } from '../model/useLoadedModel.ts'
import { useUrlState } from '../state/useUrlState.ts'
import { LoadFailed, Loading } from '../ui/LoadStatus.tsx'
import { EmbedMap } from './EmbedMap.tsx'
import { postHeights } from './heightMessages.ts'

export function EmbedApp() {
  const state = useUrlState()
  const lang = pickLang(state.lang, navigator.languages ?? [navigator.language])
  const t = STRINGS[lang]
  const load = useLoadedModel()
  const frame = useRef<HTMLDivElement>(null)

  useEffect(
    function setDocumentLanguage() {
      document.documentElement.lang = lang
    },
    [lang],
  )
  useEffect(function tellTheHostPageOurHeight() {
    return frame.current ? postHeights(frame.current) : undefined
  }, [])

  return (
    <div className="embed-frame" ref={frame}>
      {load.status === 'ready' ? (
        <ModelContext value={load.model}>
          <DetailsContext value={load.details}>
            <EmbedMap state={state} lang={lang} t={t} />
          </DetailsContext>
        </ModelContext>
      ) : load.status === 'loading' ? (
        <Loading t={t} />
      ) : (
        <LoadFailed t={t} error={load.error} />
      )}
    </div>
  )
}
