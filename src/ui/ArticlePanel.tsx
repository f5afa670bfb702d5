/**
 * The article beside the map, linked both ways: its mentions open their place or region on the
 * map, and the paragraphs about what the map has selected are highlighted and scrolled to.
 * The article stays in English whatever the interface language; the interface around it does not.
 */
import { useEffect, useId, useRef } from 'react'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { ParsedArticle, Segment } from '../model/article.ts'
import { ArticleHeader } from './ArticleHeader.tsx'
import { ArticleParagraph } from './ArticleParagraph.tsx'
import { prefersReducedMotion, revealParagraph } from './ArticleScroll.ts'
import type { MentionActions } from './Mention.tsx'
import './article.css'

export interface ArticlePanelProps {
  article: ParsedArticle
  segments: Segment[][] // mentionsOf(article, references), one entry per paragraph
  lang: Lang
  t: Strings
  activeParagraphs: readonly number[] // paragraphsAbout(…) for the selection
  activeKey: string // changes when the map selects something new ('' for nothing)
  onOpenPlace: (id: string) => void
  onOpenRegion: (iso: string) => void
  placeName: (id: string) => string | null
  regionName: (iso: string) => string | null
  mentionHref: MentionActions['mentionHref']
}

export function ArticlePanel(props: ArticlePanelProps) {
  const { article, segments, lang, t, activeParagraphs, activeKey } = props
  const titleId = useId()
  const paragraphs = useRef<(HTMLParagraphElement | null)[]>([])
  const shown = useRef(false)
  const first = activeParagraphs[0]

  useEffect(
    function scrollToFirstActiveParagraph() {
      // Opening the panel jumps; a new selection while it is open glides, unless motion is reduced.
      const smooth = shown.current && !prefersReducedMotion()
      shown.current = true
      const el = first === undefined ? null : paragraphs.current[first]
      if (!activeKey || !el) return
      // In the next frame, with the browser's own layout of the page rather than one forced in
      // the task that commits it (20 ms of a region page's start at CPU ×4).
      const frame = requestAnimationFrame(() => revealParagraph(el, smooth ? 'smooth' : 'auto'))
      return function cancel() {
        cancelAnimationFrame(frame)
      }
    },
    [activeKey, first],
  )

  return (
    <article className="article-panel" lang={lang} aria-labelledby={titleId}>
      <ArticleHeader article={article} titleId={titleId} lang={lang} t={t} />
      <p className="article-hint">{t.articleMentionHint}</p>
      {segments.map((paragraph, index) => (
        <ArticleParagraph
          // biome-ignore lint/suspicious/noArrayIndexKey: the article's paragraphs never move
          key={index}
          ref={(el) => {
            paragraphs.current[index] = el
          }}
          segments={paragraph}
          emphasis={article.emphasis[index] ?? []}
          active={activeParagraphs.includes(index)}
          actions={props}
        />
      ))}
    </article>
  )
}
