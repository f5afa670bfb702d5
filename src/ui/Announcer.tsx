/**
 * The page's one polite live region: it says what changed on the map (ui/announcements.ts) and
 * what other parts ask it to say (accessEvents.ts: no neighbouring region that way). The first
 * render says nothing: the page's own title and the map's description cover the start.
 */
import { useEffect, useRef, useState } from 'react'
import type { Lang } from '../i18n/lang.ts'
import { useModel } from '../model/model.ts'
import { announcements } from './accessEvents.ts'
import { changeMessages, type MapState } from './announcements.ts'

export function Announcer({ state, lang }: { state: MapState; lang: Lang }) {
  const { story } = useModel()
  const [message, setMessage] = useState('')
  const before = useRef(state)
  const key = `${state.layers.join(',')}|${state.date}|${state.selectedKey}`

  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for state's contents
  useEffect(
    function sayWhatChanged() {
      const said = changeMessages(before.current, state, story, lang)
      before.current = state
      if (said.length > 0) setMessage(said.join(' '))
    },
    [key, story, lang],
  )
  useEffect(() => announcements.listen(setMessage), [])

  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-announcer="">
      {message}
    </p>
  )
}
