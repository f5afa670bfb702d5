/**
 * A reference in the article's words. A mapped one is a link to its place's (or region's) share
 * link that, clicked, shows it on the map without leaving the page (a link wraps like the text
 * around it, where a button would stay one unbreakable box; and it opens in a new tab on demand); one that is not on the map is a button that says why, in a note right after it, so
 * the reason is reachable by touch and keyboard, not only on hover.
 */
import { type ReactNode, useId, useState } from 'react'
import type { Reference } from '../../data/types.ts'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'

/** What a mention needs from the app: the language, the strings, names and the map's actions. */
export interface MentionActions {
  lang: Lang
  t: Strings
  onOpenPlace: (id: string) => void
  onOpenRegion: (iso: string) => void
  placeName: (id: string) => string | null
  regionName: (iso: string) => string | null
  /** The share link a mapped mention points to (`place/<id>/`, `region/<slug>/`). */
  mentionHref: (reference: Extract<Reference, { status: 'mapped' }>) => string
}

interface Props {
  reference: Reference
  text: string // the article's words, as plain text
  actions: MentionActions
  children: ReactNode // the same words, with their italics
}

export function Mention({ reference, text, actions, children }: Props) {
  return reference.status === 'mapped' ? (
    <MappedMention reference={reference} text={text} actions={actions}>
      {children}
    </MappedMention>
  ) : (
    <OffMapMention reason={reference.reason[actions.lang]} actions={actions}>
      {children}
    </OffMapMention>
  )
}

type Mapped = Extract<Reference, { status: 'mapped' }>

/**
 * "Show Ayacucho (Huamanga) on the map". When the place's name does not contain the article's
 * words ("the mines are owned"), they lead the name, so speech control can still say them
 * (WCAG 2.5.3, label in name).
 */
function mappedLabel(reference: Mapped, text: string, actions: MentionActions): string {
  const [place] = reference.places
  const [region] = reference.regions
  const name = (place && actions.placeName(place)) || (region && actions.regionName(region)) || text
  const label = format(actions.t.mentionOpens, { name })
  // Contained as whole words between spaces: axe-core (and speech control) do not match
  // "Bolivia" inside "Sacaba (Bolivia),".
  const padded = ` ${label.toLowerCase()} `
  return padded.includes(` ${text.toLowerCase()} `) ? label : `${text}: ${label}`
}

function MappedMention({
  reference,
  text,
  actions,
  children,
}: Omit<Props, 'reference'> & { reference: Mapped }) {
  const { onOpenPlace, onOpenRegion } = actions
  function open(e: React.MouseEvent) {
    // A plain click opens it here; with a modifier key the browser opens the link elsewhere.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    e.preventDefault()
    const [place] = reference.places
    const [region] = reference.regions
    if (place) onOpenPlace(place)
    else if (region) onOpenRegion(region)
  }
  return (
    <a
      href={actions.mentionHref(reference)}
      className="mention"
      lang={actions.lang}
      aria-label={mappedLabel(reference, text, actions)}
      onClick={open}
    >
      <span lang="en">{children}</span>
    </a>
  )
}

function OffMapMention({
  reason,
  actions,
  children,
}: {
  reason: string
  actions: MentionActions
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const noteId = useId()
  const { lang, t } = actions
  return (
    <>
      <button
        type="button"
        className="mention mention-off"
        aria-expanded={open}
        aria-controls={open ? noteId : undefined}
        onClick={() => setOpen(!open)}
      >
        {children}
        <span className="visually-hidden" lang={lang}>
          {' '}
          ({t.notOnMapShort})
        </span>
      </button>
      {open && (
        <span className="mention-note" role="note" id={noteId} lang={lang}>
          {format(t.notOnMap, { reason })}
        </span>
      )}
    </>
  )
}
