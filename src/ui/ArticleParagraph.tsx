/**
 * One paragraph of the article, always in English: its text, its mentions as buttons, and its
 * italics. Every word is a React child, never HTML.
 */
import { Fragment, type Ref } from 'react'
import { emphasisPieces, type Segment, type TextRange } from '../model/article.ts'
import { Mention, type MentionActions } from './Mention.tsx'

interface Props {
  segments: readonly Segment[]
  emphasis: readonly TextRange[]
  active: boolean
  actions: MentionActions
  ref?: Ref<HTMLParagraphElement>
}

function Words({
  text,
  offset,
  emphasis,
}: {
  text: string
  offset: number
  emphasis: readonly TextRange[]
}) {
  let at = offset
  return emphasisPieces(text, offset, emphasis).map((piece) => {
    const key = at
    at += piece.text.length
    return piece.em ? <em key={key}>{piece.text}</em> : <Fragment key={key}>{piece.text}</Fragment>
  })
}

export function ArticleParagraph({ segments, emphasis, active, actions, ref }: Props) {
  let offset = 0
  return (
    <p lang="en" className={active ? 'active' : undefined} ref={ref}>
      {segments.map((segment) => {
        const at = offset
        offset += segment.text.length
        return segment.kind === 'mention' ? (
          <Mention key={at} reference={segment.ref} text={segment.text} actions={actions}>
            <Words text={segment.text} offset={at} emphasis={emphasis} />
          </Mention>
        ) : (
          <Words key={at} text={segment.text} offset={at} emphasis={emphasis} />
        )
      })}
    </p>
  )
}
