/**
 * Rewrites the address bar to the canonical path of the link that opened the page, once, before
 * the app renders: `/peru/region/cusco//` and `/peru/region/cusco` (hosts serve the region's page
 * at both) become `/peru/region/cusco/`, and `/peru//` becomes `/peru/`, keeping the query and
 * the hash as they are. Unknown
 * paths are left alone: the "not found" notice quotes them.
 */
import { appRoot, toAbsolute, toRelative } from './root.ts'
import { EMPTY_STATE, parse, serialize, withRoute } from './url.ts'

const HOME_SPELLINGS = ['', 'index.html', '404.html'] // the home page's own files: left alone

/** The canonical path below the root for `path`, or null when it already is or names nothing. */
export function canonicalPathOf(path: string): string | null {
  const { route } = parse({ path, search: '', hash: '' })
  if (route.kind === 'unknown') return null
  if (route.kind === 'home' && HOME_SPELLINGS.includes(path)) return null
  const canonical = serialize(withRoute(EMPTY_STATE, route))
  return canonical === path ? null : canonical
}

export function rewriteToCanonicalPath(): void {
  const root = appRoot()
  const here = toRelative(window.location, root)
  const canonical = canonicalPathOf(here.path)
  if (canonical !== null) {
    history.replaceState(null, '', toAbsolute(canonical, root) + here.search + here.hash)
  }
}
