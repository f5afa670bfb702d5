/**
 * The keys' help: a visible button over the map and a native modal <dialog> listing every key,
 * in the reader's language. `?` on the map opens it too (accessEvents.ts); Escape or Close shuts
 * it and the focus returns to where it was (the browser does both for a modal dialog).
 */
import { useCallback, useEffect, useRef } from 'react'
import type { AccessStringKey } from '../i18n/accessStrings.ts'
import { allStrings } from '../i18n/allStrings.ts'
import type { Lang } from '../i18n/lang.ts'
import { keysHelpRequests } from './accessEvents.ts'

const KEYS: readonly [AccessStringKey, AccessStringKey][] = [
  ['keyTab', 'keyTabDo'],
  ['keyArrows', 'keyArrowsDo'],
  ['keyZoom', 'keyZoomDo'],
  ['keyEscape', 'keyEscapeDo'],
  ['keyHelp', 'keyHelpDo'],
  ['keyDays', 'keyDaysDo'],
  ['keyEnter', 'keyEnterDo'],
]

export function KeysHelp({ lang }: { lang: Lang }) {
  const t = allStrings(lang)
  const dialog = useRef<HTMLDialogElement>(null)
  const open = useCallback(() => {
    if (!dialog.current?.open) dialog.current?.showModal()
  }, [])
  useEffect(() => keysHelpRequests.listen(open), [open])
  return (
    <>
      <button type="button" className="button keys-button" onClick={open}>
        {t.keysButton}
      </button>
      <dialog ref={dialog} className="keys-help" aria-labelledby="keys-help-heading">
        <h2 id="keys-help-heading">{t.keysButton}</h2>
        <p>{t.keysIntro}</p>
        <dl>
          {KEYS.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{t[key]}</kbd>
              </dt>
              <dd>{t[what]}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button type="submit" className="button">
            {t.keysClose}
          </button>
        </form>
      </dialog>
    </>
  )
}
