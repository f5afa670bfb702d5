import { describe, expect, it } from 'vitest'
import { canonicalPathOf } from '../../src/state/canonicalPath.ts'

describe('the canonical path of the address that opened the page', () => {
  it('adds the trailing slash and drops empty segments of region and place links', () => {
    expect(canonicalPathOf('region/cusco')).toBe('region/cusco/')
    expect(canonicalPathOf('region/cusco//')).toBe('region/cusco/')
    expect(canonicalPathOf('region/cusco/%2F/')).toBe('region/cusco/')
    expect(canonicalPathOf('/place/antamina/index.html')).toBe('place/antamina/')
  })

  it('drops empty segments of the home page', () => {
    expect(canonicalPathOf('/')).toBe('')
    expect(canonicalPathOf('%2F/')).toBe('')
  })

  it('leaves canonical, home and unknown paths alone', () => {
    for (const path of ['region/cusco/', 'place/antamina/', '', 'index.html', 'region/a/b/']) {
      expect(canonicalPathOf(path)).toBeNull()
    }
  })
})
