/**
 * Which paragraphs of the article are about the map's selection, for the article panel to
 * highlight and scroll to. For a region, words about the whole country (the national state of
 * emergency names all 26 regions) do not count: they would send every region to the first line.
 */
import type { Quote } from '../../data/types.ts'
import { paragraphsAbout, type Segment } from './article.ts'
import type { Selection } from './selection.ts'
import type { Story } from './story.ts'

export function activeParagraphs(
  segments: readonly (readonly Segment[])[],
  quotes: readonly Quote[],
  selection: Selection,
  story: Story,
  regionCount: number,
): number[] {
  const placeRegion = (id: string) => story.byId(id)?.place.region ?? null
  if (selection.kind === 'place') {
    return paragraphsAbout(segments, quotes, { placeId: selection.entry.place.id }, placeRegion)
  }
  if (selection.kind !== 'region') return []
  const specific = quotes.filter((q) => q.regions.length < regionCount)
  const countryWide = new Set(
    story.entries.filter((e) => e.regions.length === regionCount).map((e) => e.place.id),
  )
  const specificSegments = segments.map((paragraph) =>
    paragraph.filter(
      (s) =>
        s.kind !== 'mention' ||
        s.ref.status !== 'mapped' ||
        !s.ref.places.some((id) => countryWide.has(id)),
    ),
  )
  return paragraphsAbout(specificSegments, specific, { iso: selection.region.iso }, placeRegion)
}
