/**
 * What the card says about a region: its name in the current language, what kind of region it
 * is, what the article and the layers say about it (children), and its share link.
 */
import type { ReactNode } from 'react'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { Region } from '../model/regions.ts'
import { CopyLinkButton } from './CopyLinkButton.tsx'

interface Props {
  region: Region
  lang: Lang
  t: Strings
  link: string
  children: ReactNode // what the article and the layers say about it (RegionDetails)
}

export function RegionCard({ region, lang, t, link, children }: Props) {
  return (
    <article className="card" aria-labelledby={`card-title-${region.iso}`} lang={lang}>
      <p className="card-kind">{region.iso === 'PE-LMA' ? t.regionCapitalKind : t.regionKind}</p>
      <h2 className="card-title" id={`card-title-${region.iso}`} tabIndex={-1}>
        {region.name[lang]}
      </h2>
      {children}
      <CopyLinkButton link={link} t={t} />
    </article>
  )
}
