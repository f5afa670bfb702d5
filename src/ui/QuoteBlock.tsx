/**
 * The article's words, verbatim and in quotation marks, attributed; in Spanish with a translation
 * that says it is one. The quote itself always stays in the original English.
 */
import type { Quote } from '../../data/types.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'

export function QuoteBlock({ quote, lang, t }: { quote: Quote; lang: Lang; t: Strings }) {
  return (
    <figure className="quote">
      <blockquote lang="en">“{quote.text}”</blockquote>
      <figcaption>— {t.quoteAttribution}</figcaption>
      {lang === 'es' && quote.translation_es && (
        <p className="quote-translation" lang="es">
          <span className="quote-translation-label">{t.translationLabel}:</span>{' '}
          {quote.translation_es}
        </p>
      )}
    </figure>
  )
}
