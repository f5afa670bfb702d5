// @vitest-environment happy-dom
/**
 * The popups and panels render whatever the data says as text: names, quotes and sources made of
 * markup and script stay text, a `javascript:` address never becomes a link, and very long or
 * right-to-left text renders without breaking anything.
 */
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Fact, Place, Quote, Source } from '../../data/types.ts'
import { STRINGS } from '../../src/i18n/strings.ts'
import { type Details, DetailsContext } from '../../src/model/details.ts'
import { type Model, ModelContext } from '../../src/model/model.ts'
import type { PlaceEntry, Story } from '../../src/model/story.ts'
import { PlaceCard } from '../../src/ui/PlaceCard.tsx'
import { PlaceCardBody } from '../../src/ui/PlaceCardBody.tsx'

const XSS = '<img src=x onerror=alert(1)>'
const SCRIPT = '<script>alert(2)</script>'
const RTL = '\u202Eسلام عليكم\u202C'
const LONG = 'Ayacucho '.repeat(2000)

const source: Source = {
  id: 'evil',
  publisher: `${XSS} Press`,
  title: SCRIPT,
  date: '2022-12-16',
  url: 'javascript:alert(3)',
}
const fact: Fact = {
  id: 'f',
  text: { es: `${XSS} ${RTL}`, en: `${XSS} ${RTL}` },
  sources: ['evil'],
  confidence: 'low',
  asOf: '2022-12-16',
}
const quote: Quote = {
  id: 'q',
  text: `${SCRIPT}${LONG}`,
  translation_es: XSS,
  places: ['evil-place'],
  regions: [],
}
const place: Place = {
  id: 'evil-place',
  layer: 'article',
  kind: 'site',
  name: { es: XSS, en: XSS },
  description: { es: `${SCRIPT} ${LONG}`, en: `${SCRIPT} ${LONG}` },
  region: 'PE-AYA',
  country: 'PE',
  geometry: { type: 'point', lat: -13.16, lng: -74.22 },
  approximate: { es: XSS, en: XSS },
  dates: ['2022-12-15'],
  timeline: null,
  facts: ['f'],
  named_in_article: false,
}
const entry: PlaceEntry = {
  place,
  anchor: [-13.16, -74.22],
  bounds: null,
  zone: null,
  regions: [],
  quotes: [quote],
  people: 0,
  firstDate: '2022-12-15',
  halo: null,
}
const model = { story: {} as Story } as Model
const details: Details = {
  fact: (id) => (id === 'f' ? fact : undefined),
  source: (id) => (id === 'evil' ? source : undefined),
}

function Card({ lang }: { lang: 'es' | 'en' }) {
  return (
    <ModelContext value={model}>
      <DetailsContext value={details}>
        <PlaceCard entry={entry} lang={lang} t={STRINGS[lang]}>
          <PlaceCardBody entry={entry} lang={lang} t={STRINGS[lang]} link="https://example.org/" />
        </PlaceCard>
      </DetailsContext>
    </ModelContext>
  )
}

afterEach(cleanup)

// A lazy chunk is transformed on first import: on a loaded machine that takes seconds, more than
// findByText's default 1 s. The wait still ends as soon as the text is there.
const LAZY_CHUNK = { timeout: 20_000 }

describe('hostile data in a popup', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`renders markup and script as text, in ${lang}`, async () => {
      const { container, findByText } = render(<Card lang={lang} />)
      await findByText(`${XSS} ${RTL}`, {}, LAZY_CHUNK) // the facts and their sources: their own chunk
      expect(container.querySelectorAll('img, script, iframe, object')).toHaveLength(0)
      expect(container.querySelectorAll('[onerror], [onload]')).toHaveLength(0)
      expect(container.querySelector('.card-title')?.textContent).toBe(XSS)
      expect(container.textContent).toContain(SCRIPT)
      expect(container.textContent).toContain(`${XSS} Press`)
      expect(container.textContent).toContain('سلام')
    })
  }

  it('never turns a javascript: address into a link', async () => {
    const { container, findByText } = render(<Card lang="en" />)
    await findByText(`${XSS} ${RTL}`, {}, LAZY_CHUNK) // the facts and their sources: their own chunk
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))
    expect(hrefs.filter((h) => h?.startsWith('javascript:'))).toEqual([])
    expect(container.querySelector('.source-link')?.tagName).toBe('SPAN')
  })
})
