import { describe, expect, it } from 'vitest'
import { notFoundBase, rootFrom, viteBase } from '../../src/build/base.ts'

describe('the base, from the one setting SITE_URL', () => {
  it('is the path of SITE_URL, for the pages and 404.html alike', () => {
    const env = { SITE_URL: 'https://example.org/peru' }
    expect(viteBase(env)).toBe('/peru/')
    expect(notFoundBase(env)).toBe('/peru/')
    expect(rootFrom(2, viteBase(env))).toBe('/peru/')
    expect(viteBase({ SITE_URL: 'https://example.org' })).toBe('/')
  })

  it('is relative without SITE_URL, with 404.html at the host root', () => {
    expect(viteBase({})).toBe('./')
    expect(rootFrom(2, viteBase({}))).toBe('../../')
    expect(rootFrom(0, viteBase({}))).toBe('./')
    expect(notFoundBase({})).toBe('/')
  })

  it('still reads the deprecated SITE_BASE for 404.html, unless SITE_URL is set', () => {
    expect(notFoundBase({ SITE_BASE: 'peru-map' })).toBe('/peru-map/')
    expect(notFoundBase({ SITE_BASE: '/x/', SITE_URL: 'https://example.org/peru/' })).toBe('/peru/')
  })
})
