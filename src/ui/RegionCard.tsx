/**
 * What the card says about a region: its name in the current language, what kind of region it
 * is, then (children) what the article and the layers say about it and its share link. The app
 * loads those two together (one Suspense boundary: SelectionCard), so the link never shows under
 * the title first and then jumps below the details.
 */
import type { ReactNode } from 'react'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { Region } from '../model/regions.ts'

interface Props {
  region: Region
  lang: Lang
  t: Strings
  children: ReactNode // RegionDetails and the CopyLinkButton
}

export function RegionCard({ region, lang, t, children }: Props) {
  return (
    <article className="card" aria-labelledby={`card-title-${region.iso}`} lang={lang}>
      <p className="card-kind">{region.iso === 'PE-LMA' ? t.regionCapitalKind : t.regionKind}</p>
      <h2 className="card-title" id={`card-title-${region.iso}`} tabIndex={-1}>
        {region.name[lang]}
      </h2>
      {children}
    </article>
  )
}
