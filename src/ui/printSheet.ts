/**
 * What a printed page adds below the map (print.css lays the page out): a copy of the open
 * selection's card (with its quotes and sources), the article's attribution and the page's
 * address. The card is copied node by node (cloneNode: never an HTML string) when the page goes
 * to print (`beforeprint`, or the print media query turning on) and removed after, so the screen's
 * DOM holds it only while printing. It finds the card wherever it is shown (a popup on the map,
 * the side panel), which is why it reads the DOM rather than the model.
 */
const SHEET_ID = 'print-sheet'

export interface PrintTexts {
  credit: string // the article's attribution
  address: (url: string) => string // "This page: {url}"
}

function buildSheet(texts: PrintTexts): HTMLElement {
  const sheet = document.createElement('section')
  sheet.id = SHEET_ID
  sheet.className = 'print-sheet'
  const card = document.querySelector('article.card')
  if (card) sheet.append(card.cloneNode(true))
  for (const text of [texts.credit, texts.address(window.location.href)]) {
    const line = document.createElement('p')
    line.className = 'print-line'
    line.textContent = text
    sheet.append(line)
  }
  return sheet
}

/** Keeps the print sheet in step with printing; returns the stop function. */
export function watchPrinting(texts: () => PrintTexts): () => void {
  const add = () => {
    document.getElementById(SHEET_ID)?.remove()
    document.getElementById('root')?.append(buildSheet(texts()))
  }
  const remove = () => document.getElementById(SHEET_ID)?.remove()
  const query = window.matchMedia('print')
  const onChange = () => (query.matches ? add() : remove())
  window.addEventListener('beforeprint', add)
  window.addEventListener('afterprint', remove)
  query.addEventListener('change', onChange)
  return function stop() {
    window.removeEventListener('beforeprint', add)
    window.removeEventListener('afterprint', remove)
    query.removeEventListener('change', onChange)
    remove()
  }
}
