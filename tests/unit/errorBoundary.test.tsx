// @vitest-environment happy-dom
/**
 * A render error stays inside its panel: the boundary shows its message and a reload button where
 * the panel was, and what is outside it (here a stand-in for the map) keeps rendering.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../src/ui/ErrorBoundary.tsx'

const EN = { message: 'This panel could not be shown.', reloadLabel: 'Reload' }
const ES = { message: 'No se pudo mostrar este panel.', reloadLabel: 'Volver a cargar' }

function Bomb({ explode }: { explode: boolean }) {
  if (explode) throw new Error('bad data in the panel')
  return <p>Panel content</p>
}

function Page({
  explode,
  strings = EN,
  onReload,
}: {
  explode: boolean
  strings?: typeof EN
  onReload?: () => void
}) {
  return (
    <div>
      <div data-testid="map">Map of Peru</div>
      <section data-testid="panel">
        <ErrorBoundary name="layers" {...strings} onReload={onReload}>
          <Bomb explode={explode} />
        </ErrorBoundary>
      </section>
    </div>
  )
}

describe('ErrorBoundary', () => {
  // React reports the caught error with console.error (the boundary itself logs nothing).
  const consoleError = vi.spyOn(console, 'error')

  beforeEach(() => {
    consoleError.mockReset().mockImplementation(() => {})
  })
  afterEach(() => {
    cleanup()
  })
  afterAll(() => {
    consoleError.mockRestore()
  })

  it('renders its children while they render', () => {
    render(<Page explode={false} />)
    expect(screen.getByText('Panel content')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows the message and a reload button inside the panel, while the map keeps rendering', () => {
    render(<Page explode />)
    const panel = within(screen.getByTestId('panel'))
    expect(panel.getByRole('alert').textContent).toContain(EN.message)
    expect(panel.getByRole('button', { name: EN.reloadLabel })).toBeTruthy()
    expect(screen.getByTestId('map').textContent).toBe('Map of Peru')
    expect(screen.queryByText('Panel content')).toBeNull()
    expect(screen.getByRole('alert').getAttribute('data-panel')).toBe('layers')
  })

  it('lets React report the error, and shows none of its text to the reader', () => {
    render(<Page explode />)
    const reported = consoleError.mock.calls
      .flat()
      .some((arg: unknown) => String(arg).includes('bad data'))
    expect(reported).toBe(true)
    expect(screen.getByTestId('panel').textContent).not.toContain('bad data')
  })

  it('calls the injected reload function when the button is pressed', () => {
    const onReload = vi.fn()
    render(<Page explode onReload={onReload} />)
    fireEvent.click(screen.getByRole('button', { name: EN.reloadLabel }))
    expect(onReload).toHaveBeenCalledTimes(1)
  })

  it('reloads the page by default', () => {
    const reload = vi.fn()
    const location = vi.spyOn(window, 'location', 'get')
    location.mockReturnValue({ ...window.location, reload })
    render(<Page explode />)
    fireEvent.click(screen.getByRole('button', { name: EN.reloadLabel }))
    expect(reload).toHaveBeenCalledTimes(1)
    location.mockRestore()
  })

  it('follows the language when the strings change', () => {
    const { rerender } = render(<Page explode />)
    rerender(<Page explode strings={ES} />)
    expect(screen.getByRole('alert').textContent).toContain(ES.message)
    expect(screen.getByRole('button', { name: ES.reloadLabel })).toBeTruthy()
  })
})
