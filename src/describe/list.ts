/**
 * Lists in running text, as each language writes them: listOf(['Puno', 'Cusco', 'Ayacucho'], 'es')
 * → 'Puno, Cusco y Ayacucho'; past `max` names the rest are counted: 'Puno, Cusco y 3 más'.
 */
import type { Lang } from '../i18n/lang.ts'

const LOCALES: Record<Lang, string> = { es: 'es-PE', en: 'en-GB' }
const MORE: Record<Lang, (n: number) => string> = {
  es: (n) => `${n} más`,
  en: (n) => `${n} more`,
}

export function listOf(items: readonly string[], lang: Lang, max = Infinity): string {
  const shown =
    items.length > max ? [...items.slice(0, max), MORE[lang](items.length - max)] : [...items]
  return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(shown)
}
