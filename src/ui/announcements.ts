/**
 * What the live region says when the map changes, pure: a layer shown (with how many of its
 * features are on the map that day) or hidden, the timeline's day, the selection opened or closed.
 *
 *   changeMessages(before, after, story, 'en')
 *   → ['The airports shown: 5 on the map.', 'Showing what had happened by 15 December 2022']
 */
import type { LayerId } from '../../data/types.ts'
import { shownPlaces } from '../describe/describe.ts'
import { allStrings } from '../i18n/allStrings.ts'
import { formatDate } from '../i18n/dates.ts'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Story } from '../model/story.ts'

export interface MapState {
  layers: readonly LayerId[]
  date: string | null
  selectedKey: string // the open region's or place's key ('' for none): a new name in another language is no change
  selected: string | null // the open region's or place's name
}

export function changeMessages(
  before: MapState,
  after: MapState,
  story: Story,
  lang: Lang,
): string[] {
  const t = allStrings(lang)
  const name = (id: LayerId) => story.layer(id)?.name[lang] ?? id
  const out: string[] = []
  for (const id of after.layers) {
    if (before.layers.includes(id)) continue
    const count = shownPlaces(story, id, after.date).length
    out.push(format(t.announceLayerOn, { name: name(id), count: String(count) }))
  }
  for (const id of before.layers) {
    if (!after.layers.includes(id)) out.push(format(t.announceLayerOff, { name: name(id) }))
  }
  if (after.date !== before.date) {
    out.push(
      after.date === null
        ? t.timelineShowingAll
        : format(t.timelineShowing, { date: formatDate(after.date, lang) }),
    )
  }
  if (after.selectedKey !== before.selectedKey) {
    out.push(
      after.selected === null
        ? t.announceClosed
        : format(t.announceSelected, { name: after.selected }),
    )
  }
  return out
}
