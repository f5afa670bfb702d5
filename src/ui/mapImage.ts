/** Placeholder, replaced below. */
import type { Lang } from '../i18n/lang.ts'
export async function downloadMapImage(_title: string, _lang: Lang): Promise<void> {
  throw new Error('not yet')
}
