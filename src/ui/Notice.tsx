/** A dismissible notice over the map, announced to screen readers. Text only, never HTML. */
import type { Strings } from '../i18n/strings.ts'

export function Notice({
  text,
  onDismiss,
  t,
}: {
  text: string
  onDismiss: () => void
  t: Strings
}) {
  return (
    <div className="notice" role="alert">
      <p>{text}</p>
      <button type="button" className="notice-dismiss" onClick={onDismiss} aria-label={t.dismiss}>
        ×
      </button>
    </div>
  )
}
