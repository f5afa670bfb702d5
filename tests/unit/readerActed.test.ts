// @vitest-environment happy-dom
/**
 * src/ui/readerActed.ts: a card the link opened leaves focus alone until the reader has pressed
 * a key or a pointer on the page; a moving pointer or a scroll is not acting.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'

beforeEach(() => {
  vi.resetModules() // a fresh page: the flag starts unset
})

async function freshPage() {
  const mod = await import('../../src/ui/readerActed.ts')
  mod.watchReader()
  return mod
}

describe('readerHasActed', () => {
  it('is false on a page nobody has touched, and after a pointer only moved over it', async () => {
    const { readerHasActed } = await freshPage()
    expect(readerHasActed()).toBe(false)
    window.dispatchEvent(new Event('pointermove'))
    window.dispatchEvent(new Event('scroll'))
    expect(readerHasActed()).toBe(false)
  })

  it('is true after a key', async () => {
    const { readerHasActed } = await freshPage()
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))
    expect(readerHasActed()).toBe(true)
  })

  it('is true after a pointer press', async () => {
    const { readerHasActed } = await freshPage()
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    expect(readerHasActed()).toBe(true)
  })
})
