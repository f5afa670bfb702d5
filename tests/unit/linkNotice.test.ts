import { describe, expect, it } from 'vitest'
import { type NotFound, noticeAfter } from '../../src/model/linkNotice.ts'
import type { Selection } from '../../src/model/selection.ts'

const wrong: NotFound = { kind: 'not-found', key: 'atlantis', what: 'region' }
const none: Selection = { kind: 'none' }

describe('noticeAfter', () => {
  it('names a wrong link as soon as it is opened', () => {
    expect(noticeAfter(null, wrong)).toBe(wrong)
  })
  it('keeps the notice when the address becomes the whole of Peru (the view written)', () => {
    expect(noticeAfter(wrong, none)).toBe(wrong)
  })
  it('keeps the same notice object for the same wrong link, so it does not re-render', () => {
    expect(noticeAfter(wrong, { ...wrong })).toBe(wrong)
  })
  it('names a later wrong link instead', () => {
    const place: NotFound = { kind: 'not-found', key: 'atlantis', what: 'place' }
    expect(noticeAfter(wrong, place)).toBe(place)
  })
  it('drops the notice when a region or a place is picked', () => {
    const region = { kind: 'region', canonical: true } as unknown as Selection
    const place = { kind: 'place' } as unknown as Selection
    expect(noticeAfter(wrong, region)).toBeNull()
    expect(noticeAfter(wrong, place)).toBeNull()
  })
  it('shows nothing for a link that names something', () => {
    expect(noticeAfter(null, none)).toBeNull()
  })
})
