/**
 * A read-only text (a link, the embed code) with a button that copies it and a polite status.
 * Where the clipboard is refused, it selects the text and says how to copy by hand.
 */
import { useId, useRef, useState } from 'react'
import type { Strings } from '../i18n/strings.ts'

interface Props {
  label: string
  value: string
  copyLabel: string
  copiedLabel: string
  multiline?: boolean
  t: Strings
}

export function CopyField({ label, value, copyLabel, copiedLabel, multiline = false, t }: Props) {
  const id = useId()
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  async function copy() {
    try {
      await navigator.clipboard.writeText(value)
      setStatus('copied')
    } catch {
      field.current?.select()
      setStatus('failed')
    }
  }
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} ref={field} readOnly value={value} rows={5} spellCheck={false} />
      ) : (
        <input id={id} ref={field} readOnly value={value} spellCheck={false} />
      )}
      <div className="copy-field-row">
        <button type="button" className="button" onClick={copy}>
          {copyLabel}
        </button>
        <span className="copy-status" role="status">
          {status === 'copied' ? copiedLabel : status === 'failed' ? t.copyFailed : ''}
        </span>
      </div>
    </div>
  )
}
