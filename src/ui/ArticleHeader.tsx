/** The article's title (in English, as published), author, publisher and date. */
import { formatDate } from '../i18n/dates.ts'
import { format } from '../i18n/format.ts'
import type { Lang } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import type { ParsedArticle } from '../model/article.ts'

interface Props {
  article: ParsedArticle
  titleId: string
  lang: Lang
  t: Strings
}

export function ArticleHeader({ article, titleId, lang, t }: Props) {
  return (
    <header className="article-header">
      <h2 className="article-title" id={titleId} lang="en">
        {article.title}
      </h2>
      <p className="article-byline">{format(t.articleBy, { author: article.author })}</p>
      <p className="article-meta">
        {article.publisher}, <time dateTime={article.date}>{formatDate(article.date, lang)}</time>
      </p>
    </header>
  )
}
