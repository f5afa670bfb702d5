import { describe, expect, it } from 'vitest'
import { dataset } from '../../data/index.ts'
import { articleText } from './load.ts'

const [header = '', , ...rest] = articleText.split('\n\n') // title, metadata, paragraphs
const paragraphs = rest.map((p) => p.trim()).filter(Boolean)

describe('data/article.md', () => {
  it('opens with the title, author, publisher and date of data/article.json', () => {
    const { title, author, publisher, date } = dataset.article
    expect(
      articleText.startsWith(
        `# ${title}\n\nAuthor: ${author}\nPublisher: ${publisher}\nDate: ${date}\n\n`,
      ),
    ).toBe(true)
    expect(header).toBe(`# ${title}`)
    expect(dataset.article).toMatchObject({
      publisher: 'World Socialist Web Site',
      date: '2022-12-16',
    })
  })

  it('has one paragraph per block, with no line break inside a paragraph', () => {
    expect(paragraphs.length).toBe(20)
    for (const p of paragraphs) expect(p.includes('\n'), p.slice(0, 40)).toBe(false)
  })

  it('joins the two paragraphs broken by page breaks', () => {
    expect(articleText).toContain('which legally refers strictly to an “armed uprising.”')
    expect(articleText).toContain('the demand for new elections overseen by')
  })

  it('unescapes the dollar sign and leaves the WSWS footer out', () => {
    expect(articleText).toContain('more than $100 million')
    expect(articleText).not.toContain('\\$')
    expect(articleText).not.toContain('To contact the WSWS')
    expect(articleText.endsWith('Fourth International.\n')).toBe(true)
  })

  it('keeps the quote marks as published, curly and straight', () => {
    expect(articleText).toContain('"mothers in Ayacucho,"')
    expect(articleText).toContain('“national day of protests”')
  })
})
