// @vitest-environment happy-dom

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { dataset } from '../../data/index.ts'
import type { Reference } from '../../data/types.ts'
import type { Lang } from '../../src/i18n/lang.ts'
import { STRINGS } from '../../src/i18n/strings.ts'
import { mentionsOf, parseArticle } from '../../src/model/article.ts'
import { ArticlePanel, type ArticlePanelProps } from '../../src/ui/ArticlePanel.tsx'
import { nearestDelta } from '../../src/ui/ArticleScroll.ts'

const article = parseArticle(
  // happy-dom replaces URL: resolve the path with Node's own helpers
  readFileSync(fileURLToPath(import.meta.resolve('../../data/article.md')), 'utf8'),
)
const segments = mentionsOf(article, dataset.references)
const placeById = new Map(dataset.places.map((place) => [place.id, place]))
const HOSTILE = '<img src=x onerror=alert(1)>'

function setup(overrides: Partial<ArticlePanelProps> = {}) {
  const lang: Lang = overrides.lang ?? 'en'
  const props: ArticlePanelProps = {
    article,
    segments,
    lang,
    t: STRINGS[lang],
    activeParagraphs: [],
    activeKey: '',
    onOpenPlace: vi.fn(),
    onOpenRegion: vi.fn(),
    placeName: (id) => placeById.get(id)?.name[lang] ?? null,
    regionName: (iso) => (iso === 'PE-AYA' ? 'Ayacucho' : null),
    mentionHref: (ref) => (ref.places[0] ? `place/${ref.places[0]}/` : 'region/ayacucho/'),
    ...overrides,
  }
  const view = render(<ArticlePanel {...props} />)
  return { ...view, props }
}

function paragraphOf(words: string): number {
  return article.paragraphs.findIndex((p) => p.includes(words))
}

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('ArticlePanel', () => {
  it('shows the title, the author, the publisher and the date in the interface language', () => {
    const { container } = setup({ lang: 'es' })
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(article.title)
    expect(screen.getByText('Por Andrea Lobo')).toBeTruthy()
    const time = container.querySelector('time')
    expect(time?.getAttribute('datetime')).toBe('2022-12-16')
    expect(time?.textContent).toBe('16 de diciembre de 2022')
    expect(screen.getByText(STRINGS.es.articleMentionHint)).toBeTruthy()
  })

  it('keeps every paragraph in English, with its words and italics, whatever the language', () => {
    const { container } = setup({ lang: 'es' })
    const paragraphs = [...container.querySelectorAll('p[lang="en"]')]
    expect(paragraphs.map((p) => p.textContent?.replaceAll(' (no está en el mapa)', ''))).toEqual(
      article.paragraphs.map((p) => p),
    )
    expect(container.querySelector('em')?.textContent).toBe('sui generis')
  })

  it('opens the Ayacucho place when its mention is clicked', () => {
    const { props } = setup()
    fireEvent.click(screen.getByRole('link', { name: 'Show Ayacucho (Huamanga) on the map' }))
    expect(props.onOpenPlace).toHaveBeenCalledWith('ayacucho-huamanga')
    expect(props.onOpenRegion).not.toHaveBeenCalled()
  })

  it('shows the article’s words on the button and keeps them in its name', () => {
    setup()
    const mines = screen.getByRole('link', { name: /^the mines are owned: Show Antamina/ })
    expect(mines.textContent).toBe('the mines are owned')
    expect(mines.className).toBe('mention')
  })

  it('opens the region of a reference that names no place', () => {
    const ref: Reference = { text: 'Huamanga', status: 'mapped', places: [], regions: ['PE-AYA'] }
    const huamanga = fake('In Huamanga.')
    const { props } = setup({ article: huamanga, segments: mentionsOf(huamanga, [ref]) })
    fireEvent.click(screen.getByRole('link', { name: 'Huamanga: Show Ayacucho on the map' }))
    expect(props.onOpenRegion).toHaveBeenCalledWith('PE-AYA')
    expect(props.onOpenPlace).not.toHaveBeenCalled()
  })

  it('reveals why a mention is not on the map, in the interface language, and hides it again', () => {
    setup({ lang: 'es' })
    const washington = screen.getByRole('button', { name: 'Washington (no está en el mapa)' })
    expect(washington.className).toBe('mention mention-off')
    expect(washington.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByRole('note')).toBeNull()

    fireEvent.click(washington)
    const note = screen.getByRole('note')
    expect(note.textContent).toBe('No está en el mapa: Washington (EE. UU.) está fuera del mapa.')
    expect(note.getAttribute('lang')).toBe('es')
    expect(washington.getAttribute('aria-expanded')).toBe('true')
    expect(washington.getAttribute('aria-controls')).toBe(note.id)
    expect(washington.nextElementSibling).toBe(note)

    fireEvent.click(washington)
    expect(screen.queryByRole('note')).toBeNull()
  })

  it('renders hostile text in the article and the data as text, never as HTML', () => {
    const refs: Reference[] = [
      { text: HOSTILE, status: 'not-mappable', reason: { en: HOSTILE, es: HOSTILE } },
      { text: 'after', status: 'mapped', places: ['x'], regions: [] },
    ]
    const hostile = fake(`Before ${HOSTILE} after *${HOSTILE}*.`, HOSTILE)
    const { container } = setup({
      article: hostile,
      segments: mentionsOf(hostile, refs),
      placeName: () => HOSTILE,
    })
    const [first] = screen.getAllByRole('button', { name: `${HOSTILE} (not on the map)` })
    fireEvent.click(first as HTMLElement)
    expect(screen.getByRole('link', { name: `after: Show ${HOSTILE} on the map` })).toBeTruthy()
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(HOSTILE)
    expect(screen.getByRole('note').textContent).toBe(`Not on the map: ${HOSTILE}`)
    expect(container.querySelector('p[lang="en"]')?.textContent).toContain(`Before ${HOSTILE}`)
    expect(container.querySelector('em')?.textContent).toBe(HOSTILE)
  })

  it('marks the paragraphs about the selection as active, and only them', () => {
    const active = [paragraphOf('mothers in Ayacucho'), paragraphOf('airport occupations')]
    const { container } = setup({ activeParagraphs: active, activeKey: 'region:PE-AYA' })
    const paragraphs = [...container.querySelectorAll('p[lang="en"]')]
    const marked = paragraphs.flatMap((p, i) => (p.classList.contains('active') ? [i] : []))
    expect(marked).toEqual([...active].sort((a, b) => a - b))
  })

  it('scrolls the first active paragraph into view when the selection changes, smoothly, in the next frame', async () => {
    const scroll = vi.fn()
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(scroll)
    const ayacucho = paragraphOf('mothers in Ayacucho')
    const { rerender, props } = setup()
    expect(scroll).not.toHaveBeenCalled()

    rerender(<ArticlePanel {...props} activeParagraphs={[ayacucho]} activeKey="place:a" />)
    expect(scroll).not.toHaveBeenCalled() // not in the task that commits (no forced layout)
    await nextFrame()
    expect(scroll).toHaveBeenCalledTimes(1)
    expect(scroll).toHaveBeenCalledWith({ block: 'nearest', behavior: 'smooth' })
    expect(scroll.mock.contexts[0]).toHaveProperty('textContent', article.paragraphs[ayacucho])

    rerender(<ArticlePanel {...props} activeParagraphs={[ayacucho]} activeKey="place:a" />)
    await nextFrame()
    expect(scroll).toHaveBeenCalledTimes(1)
  })

  it('jumps instead of gliding when the reader prefers reduced motion', async () => {
    const scroll = vi.fn()
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(scroll)
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) => ({ matches: query.includes('reduce') }) as MediaQueryList,
    )
    const { rerender, props } = setup()
    rerender(<ArticlePanel {...props} activeParagraphs={[3]} activeKey="region:PE-AYA" />)
    await nextFrame()
    expect(scroll).toHaveBeenCalledWith({ block: 'nearest', behavior: 'auto' })
  })

  it('jumps to the active paragraph when it opens with a selection already made', async () => {
    const scroll = vi.fn()
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(scroll)
    setup({ activeParagraphs: [5], activeKey: 'place:x' })
    await nextFrame()
    expect(scroll).toHaveBeenCalledWith({ block: 'nearest', behavior: 'auto' })
  })
})

/** Resolves after the next animation frame's callbacks (the panel scrolls in one). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

describe('nearestDelta', () => {
  it('scrolls the least that shows the paragraph, and its top when it is taller than the view', () => {
    expect(nearestDelta(100, 300, 150, 250)).toBe(0) // already in view
    expect(nearestDelta(100, 300, 50, 120)).toBe(-50) // above: align its top
    expect(nearestDelta(100, 300, 280, 350)).toBe(50) // below: align its bottom
    expect(nearestDelta(100, 300, 280, 600)).toBe(180) // taller than the view: align its top
  })
})

function fake(paragraph: string, title = 'A title') {
  return parseArticle(`# ${title}\n\nAuthor: A\nPublisher: P\nDate: 2022-12-16\n\n${paragraph}\n`)
}
