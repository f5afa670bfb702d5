/** Reads a built page's head back: title, meta tags by name/property, the canonical address. */
export interface PageHead {
  title: string
  meta: Map<string, string[]>
  canonical: string | null
}

function unescapeHtml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
}

export function readHead(html: string): PageHead {
  const head = html.slice(0, html.indexOf('</head>'))
  const meta = new Map<string, string[]>()
  for (const m of head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
    const key = m[1] ?? ''
    meta.set(key, [...(meta.get(key) ?? []), unescapeHtml(m[2] ?? '')])
  }
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(head)?.[1]
  return {
    title: unescapeHtml(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ''),
    meta,
    canonical: canonical === undefined ? null : unescapeHtml(canonical),
  }
}

export function one(head: PageHead, key: string): string {
  const values = head.meta.get(key) ?? []
  if (values.length !== 1) throw new Error(`${key}: ${values.length} tags, expected 1`)
  return values[0] ?? ''
}
