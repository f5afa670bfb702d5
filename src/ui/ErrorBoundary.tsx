/**
 * Keeps a render error inside the panel it happened in: the panel (or the popup) shows a short
 * message in the current language and a button to reload the page, while the map and the other
 * panels go on working. The one place a class component is needed: React catches render errors
 * only in a class with getDerivedStateFromError.
 *
 *   <ErrorBoundary name="layers" message={t.panelFailed} reloadLabel={t.reload}>
 *     <LayerPanel … />
 *   </ErrorBoundary>
 *
 * Give it a `key` (the selection's, for the popup) to start afresh when its content changes.
 *
 * Logging: the boundary logs nothing itself. React's root reports every caught error once through
 * `onCaughtError`, whose default is console.error in development and production alike; the
 * browser tests fail on console errors, so a panel that crashes fails them, as a bug should. A
 * deployment that wants a quieter console can pass its own `onCaughtError` to createRoot.
 */
import { Component, type ReactNode } from 'react'

interface Props {
  name: string // which panel, for the DOM (data-panel) and for whoever reads the error report
  message: string // in the current language: what happened and what to do
  reloadLabel: string
  onReload?: () => void // tests inject one; the default reloads the page
  children: ReactNode
}

interface State {
  failed: boolean
}

function reloadPage(): void {
  window.location.reload()
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  render(): ReactNode {
    const { name, message, reloadLabel, onReload = reloadPage, children } = this.props
    if (!this.state.failed) return children
    return (
      <div className="panel-error" role="alert" data-panel={name}>
        <p>{message}</p>
        <button type="button" className="button" onClick={onReload}>
          {reloadLabel}
        </button>
      </div>
    )
  }
}
