/**
 * The app's frame: the language, the title bar, and the map once its geometry and data have
 * loaded (a loading state until then; a message and a reload button if loading failed).
 */
import { useEffect } from 'react'
import { Explorer } from './Explorer.tsx'
import { pickLang } from './i18n/lang.ts'
import { STRINGS } from './i18n/strings.ts'
import { DetailsContext } from './model/details.ts'
import { ModelContext } from './model/model.ts'
import { useLoadedModel } from './model/useLoadedModel.ts'
import { setLang } from './state/actions.ts'
import { useUrlState } from './state/useUrlState.ts'
import { Header } from './ui/Header.tsx'
import { LoadFailed, Loading } from './ui/LoadStatus.tsx'

export function App() {
  const state = useUrlState()
  const lang = pickLang(state.lang, navigator.languages ?? [navigator.language])
  const t = STRINGS[lang]
  const load = useLoadedModel()

  useEffect(
    function setDocumentLanguage() {
      document.documentElement.lang = lang
    },
    [lang],
  )

  return (
    <div className="app">
      <Header lang={lang} t={t} onLang={setLang} state={state} load={load} />
      {load.status === 'ready' ? (
        <ModelContext value={load.model}>
          <DetailsContext value={load.details}>
            <Explorer state={state} lang={lang} t={t} />
          </DetailsContext>
        </ModelContext>
      ) : load.status === 'loading' ? (
        <Loading t={t} withCard={state.route.kind === 'region' || state.route.kind === 'place'} />
      ) : (
        <LoadFailed t={t} error={load.error} />
      )}
    </div>
  )
}
