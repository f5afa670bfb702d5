// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { STRINGS } from '../../src/i18n/strings.ts'
import { timelineDays } from '../../src/model/timeline.ts'
import { Timeline } from '../../src/ui/Timeline.tsx'
import { STEP_MS } from '../../src/ui/usePlay.ts'

const t = STRINGS.en
const days = timelineDays(['2022-12-11', '2022-12-17', '2022-12-18', '2022-12-21', '2019-11-15'])
const ALL_DAYS = [...days.main, ...days.later]
const LAST = '2022-12-21'

/** The timeline as the app mounts it: the date lives in the parent (the URL state). */
function Stateful({
  initial,
  onChange,
}: {
  initial: string | null
  onChange: (d: string | null) => void
}) {
  const [value, setValue] = useState(initial)
  function change(date: string | null) {
    onChange(date)
    setValue(date)
  }
  return <Timeline days={days} value={value} lang="en" t={t} onChange={change} />
}

function renderStateful(initial: string | null = null) {
  const onChange = vi.fn()
  const view = render(<Stateful initial={initial} onChange={onChange} />)
  return { onChange, ...view }
}

function day(name: string) {
  return screen.getByRole('button', { name })
}
const pressed = () =>
  screen
    .getAllByRole('button', { pressed: true })
    .map((b) => b.getAttribute('data-day') ?? b.textContent)
const playButton = () => screen.getByRole('button', { name: /^(Play the days|Pause)$/ })
const step = () => act(() => vi.advanceTimersByTime(STEP_MS))

afterEach(cleanup)

describe('Timeline', () => {
  it('is a group named Timeline with All dates, Play and one button per day, named by its visible short date and the year', () => {
    render(<Timeline days={days} value={null} lang="en" t={t} onChange={vi.fn()} />)
    const group = screen.getByRole('group', { name: 'Timeline' })
    const buttons = within(group).getAllByRole('button')
    expect(buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      'All dates',
      'Play the days',
      ...ALL_DAYS.map((d) => `${Number(d.slice(8))} Dec 2022`),
    ])
    const time = day('15 Dec 2022').querySelector('time')
    expect(time?.getAttribute('dateTime')).toBe('2022-12-15')
    expect(time?.textContent).toBe('15 Dec')
  })

  it('labels the days in Spanish when the language is Spanish', () => {
    render(<Timeline days={days} value={null} lang="es" t={STRINGS.es} onChange={vi.fn()} />)
    const button = screen.getByRole('button', { name: /^15 dic\.? 2022$/ })
    expect(button.querySelector('time')?.textContent).toMatch(/^15 dic/)
    expect(screen.getByRole('group', { name: 'Cronología' })).toBeTruthy()
  })

  it('calls onChange with the ISO date of the day clicked', () => {
    const onChange = vi.fn()
    render(<Timeline days={days} value={null} lang="en" t={t} onChange={onChange} />)
    fireEvent.click(day('11 Dec 2022'))
    expect(onChange).toHaveBeenCalledExactlyOnceWith('2022-12-11')
  })

  it('calls onChange with null when All dates is clicked', () => {
    const onChange = vi.fn()
    render(<Timeline days={days} value="2022-12-11" lang="en" t={t} onChange={onChange} />)
    fireEvent.click(day('All dates'))
    expect(onChange).toHaveBeenCalledExactlyOnceWith(null)
  })

  it('presses All dates when no date is chosen, and only the chosen day otherwise', () => {
    const { rerender } = render(
      <Timeline days={days} value={null} lang="en" t={t} onChange={vi.fn()} />,
    )
    expect(pressed()).toEqual(['All dates'])
    rerender(<Timeline days={days} value="2022-12-11" lang="en" t={t} onChange={vi.fn()} />)
    expect(pressed()).toEqual(['2022-12-11'])
  })

  it('fills the days up to the chosen one and dims the days after it', () => {
    render(<Timeline days={days} value="2022-12-11" lang="en" t={t} onChange={vi.fn()} />)
    const state = (d: string) => day(`${Number(d.slice(8))} Dec 2022`).dataset.state
    expect(state('2022-12-07')).toBe('shown')
    expect(state('2022-12-10')).toBe('shown')
    expect(state('2022-12-11')).toBe('current')
    expect(state('2022-12-12')).toBe('after')
    expect(state('2022-12-21')).toBe('after')
  })

  it('shows every day filled when no date is chosen', () => {
    const { container } = render(
      <Timeline days={days} value={null} lang="en" t={t} onChange={vi.fn()} />,
    )
    const states = [...container.querySelectorAll<HTMLElement>('[data-day]')].map(
      (b) => b.dataset.state,
    )
    expect(new Set(states)).toEqual(new Set(['shown']))
  })

  it('sets the later dates apart, after the main days, in a group labelled Later', () => {
    render(<Timeline days={days} value={null} lang="en" t={t} onChange={vi.fn()} />)
    const later = screen.getByRole('group', { name: 'Later' })
    expect(within(later).getByText('Later')).toBeTruthy()
    expect(
      within(later)
        .getAllByRole('button')
        .map((b) => b.dataset.day),
    ).toEqual(days.later)
    const lastMain = day('16 Dec 2022')
    expect(later.contains(lastMain)).toBe(false)
    expect(lastMain.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('has no Later group when no date is after 16 December', () => {
    const main = timelineDays([])
    render(<Timeline days={main} value={null} lang="en" t={t} onChange={vi.fn()} />)
    expect(screen.queryByRole('group', { name: 'Later' })).toBeNull()
  })

  it('has no live region of its own: the page’s one live region says the day (ui/Announcer)', () => {
    const { rerender } = render(
      <Timeline days={days} value={null} lang="en" t={t} onChange={vi.fn()} />,
    )
    rerender(<Timeline days={days} value="2022-12-11" lang="en" t={t} onChange={vi.fn()} />)
    expect(screen.queryByRole('status')).toBeNull()
    expect(document.querySelector('[aria-live]')).toBeNull()
  })

  it('renders every control as a button reachable by Tab, none taken out of the tab order', () => {
    const { container } = render(
      <Timeline days={days} value="2022-12-11" lang="en" t={t} onChange={vi.fn()} />,
    )
    const buttons = container.querySelectorAll('button')
    expect(buttons).toHaveLength(2 + ALL_DAYS.length)
    for (const b of buttons) expect(b.getAttribute('tabindex')).toBeNull()
  })
})

describe('Timeline keyboard', () => {
  it('moves focus and the choice to the next and previous day with the arrow keys', () => {
    const { onChange } = renderStateful('2022-12-11')
    day('11 Dec 2022').focus()
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' })
    expect(onChange).toHaveBeenLastCalledWith('2022-12-12')
    expect(document.activeElement).toBe(day('12 Dec 2022'))
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' })
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' })
    expect(onChange).toHaveBeenLastCalledWith('2022-12-10')
    expect(document.activeElement).toBe(day('10 Dec 2022'))
    expect(pressed()).toEqual(['2022-12-10'])
  })

  it('crosses the gap from 16 December to the first later day with ArrowRight', () => {
    const { onChange } = renderStateful('2022-12-16')
    day('16 Dec 2022').focus()
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' })
    expect(onChange).toHaveBeenLastCalledWith('2022-12-17')
    expect(document.activeElement).toBe(day('17 Dec 2022'))
  })

  it('jumps to the first and last day with Home and End', () => {
    const { onChange } = renderStateful('2022-12-11')
    day('11 Dec 2022').focus()
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' })
    expect(onChange).toHaveBeenLastCalledWith(LAST)
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' })
    expect(onChange).toHaveBeenLastCalledWith('2022-12-07')
    expect(document.activeElement).toBe(day('7 Dec 2022'))
  })

  it('does nothing with the arrow keys at either end of the strip', () => {
    const { onChange } = renderStateful('2022-12-07')
    day('7 Dec 2022').focus()
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' })
    day('21 Dec 2022').focus()
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' })
    expect(onChange).not.toHaveBeenCalled()
  })

  it('moves from the focused day, even when another day is chosen', () => {
    const { onChange } = renderStateful(null)
    day('9 Dec 2022').focus()
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' })
    expect(onChange).toHaveBeenLastCalledWith('2022-12-10')
  })

  it('leaves other keys, and arrows with a modifier, to the browser', () => {
    const { onChange } = renderStateful('2022-12-11')
    const button = day('11 Dec 2022')
    button.focus()
    fireEvent.keyDown(button, { key: 'ArrowRight', altKey: true })
    fireEvent.keyDown(button, { key: 'a' })
    expect(onChange).not.toHaveBeenCalled()
  })
})

describe('Timeline play', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('starts at the first day at once when no date is chosen, then steps one day every 1.2 s', () => {
    const { onChange } = renderStateful(null)
    fireEvent.click(playButton())
    expect(onChange).toHaveBeenLastCalledWith('2022-12-07')
    expect(playButton().getAttribute('aria-label')).toBe('Pause')
    act(() => vi.advanceTimersByTime(STEP_MS - 1))
    expect(onChange).toHaveBeenCalledTimes(1)
    act(() => vi.advanceTimersByTime(1))
    expect(onChange).toHaveBeenLastCalledWith('2022-12-08')
    step()
    expect(onChange).toHaveBeenLastCalledWith('2022-12-09')
    expect(pressed()).toEqual(['2022-12-09'])
  })

  it('plays through every day, the later ones too, and stops on the last day, keeping it', () => {
    const { onChange } = renderStateful(null)
    fireEvent.click(playButton())
    for (let i = 1; i < ALL_DAYS.length + 3; i++) step()
    expect(onChange.mock.calls.map(([d]) => d)).toEqual(ALL_DAYS)
    expect(pressed()).toEqual([LAST])
    expect(playButton().getAttribute('aria-label')).toBe('Play the days')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('plays on from the chosen day', () => {
    const { onChange } = renderStateful('2022-12-15')
    fireEvent.click(playButton())
    expect(onChange).not.toHaveBeenCalled()
    step()
    step()
    expect(onChange.mock.calls.map(([d]) => d)).toEqual(['2022-12-16', '2022-12-17'])
  })

  it('starts again from the first day when the last day is showing', () => {
    const { onChange } = renderStateful(LAST)
    fireEvent.click(playButton())
    expect(onChange).toHaveBeenLastCalledWith('2022-12-07')
    step()
    expect(onChange).toHaveBeenLastCalledWith('2022-12-08')
  })

  it('clears the interval when paused, and steps no further', () => {
    const clear = vi.spyOn(globalThis, 'clearInterval')
    const { onChange } = renderStateful('2022-12-10')
    fireEvent.click(playButton())
    step()
    fireEvent.click(playButton())
    expect(clear).toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
    act(() => vi.advanceTimersByTime(STEP_MS * 5))
    expect(onChange.mock.calls.map(([d]) => d)).toEqual(['2022-12-11'])
    expect(playButton().getAttribute('aria-label')).toBe('Play the days')
  })

  it('clears the interval when unmounted while playing', () => {
    const { onChange, unmount } = renderStateful('2022-12-10')
    fireEvent.click(playButton())
    expect(vi.getTimerCount()).toBe(1)
    unmount()
    expect(vi.getTimerCount()).toBe(0)
    act(() => vi.advanceTimersByTime(STEP_MS * 5))
    expect(onChange).not.toHaveBeenCalled()
  })

  it('stops playing when All dates is clicked', () => {
    const { onChange } = renderStateful('2022-12-10')
    fireEvent.click(playButton())
    fireEvent.click(day('All dates'))
    act(() => vi.advanceTimersByTime(STEP_MS * 3))
    expect(onChange.mock.calls.map(([d]) => d)).toEqual([null])
    expect(pressed()).toEqual(['All dates'])
  })

  it('pauses when a day is chosen by hand while playing, keeping that day', () => {
    const { onChange } = renderStateful(null)
    fireEvent.click(playButton())
    fireEvent.click(day('14 Dec 2022'))
    expect(playButton().getAttribute('aria-label')).toBe('Play the days')
    act(() => vi.advanceTimersByTime(STEP_MS * 3))
    expect(onChange).toHaveBeenLastCalledWith('2022-12-14')
  })

  it('pauses when the arrow keys move the choice while playing', () => {
    const { onChange } = renderStateful('2022-12-10')
    fireEvent.click(playButton())
    day('10 Dec 2022').focus()
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' })
    act(() => vi.advanceTimersByTime(STEP_MS * 3))
    expect(onChange.mock.calls.map(([d]) => d)).toEqual(['2022-12-09'])
    expect(document.activeElement).toBe(day('9 Dec 2022'))
  })

  it('stops playing when the date is cleared from outside, as Back to a link without a date does', () => {
    const onChange = vi.fn()
    const props = { days, lang: 'en', t, onChange } as const
    const { rerender } = render(<Timeline {...props} value="2022-12-10" />)
    fireEvent.click(playButton())
    rerender(<Timeline {...props} value={null} />)
    act(() => vi.advanceTimersByTime(STEP_MS * 3))
    expect(onChange).not.toHaveBeenCalled()
    expect(playButton().getAttribute('aria-label')).toBe('Play the days')
  })

  it('hands each step of play to the parent, whose live region says it', () => {
    const { onChange } = renderStateful(null)
    fireEvent.click(playButton())
    step()
    expect(onChange).toHaveBeenLastCalledWith('2022-12-08')
  })
})
