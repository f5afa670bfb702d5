/**
 * Lists in running text, as each language writes them: listOf(['Puno', 'Cusco', 'Ayacucho'], 'es')
 * → 'Puno, Cusco y Ayacucho'; past `max` names the rest are counted: 'Puno, Cusco y 3 más'.
 *
 * Written out as Intl.ListFormat writes them for es-PE and en-GB (tests/unit/list.test.ts checks
 * it against Intl), rather than building one: the first Intl.ListFormat of a page loads its locale
 * data, 34-38 ms of a region page's start at CPU ×4. Spanish writes "e" for "y" before an "i"
 * sound, as ICU decides it: a last item starting with "i", or "hi" not followed by "a" or "e"
 * ('Lima e Ica', 'Lima y Huancavelica', 'Lima y hielo').
 */
import type { Lang } from '../i18n/lang.ts'

const MORE: Record<Lang, (n: number) => string> = {
  es: (n) => `${n} más`,
  en: (n) => `${n} more`,
}

const SPANISH_E = /^(?:i|hi$|hi[^ae])/i

function and(last: string, lang: Lang): string {
  if (lang === 'en') return ' and '
  return SPANISH_E.test(last) ? ' e ' : ' y '
}

export function listOf(items: readonly string[], lang: Lang, max = Infinity): string {
  const shown =
    items.length > max ? [...items.slice(0, max), MORE[lang](items.length - max)] : [...items]
  const last = shown.pop()
  if (last === undefined) return ''
  if (shown.length === 0) return last
  return `${shown.join(', ')}${and(last, lang)}${last}`
}
