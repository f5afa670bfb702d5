/**
 * The Content-Security-Policy: every page the site serves carries it, and the recorder in
 * fixtures.ts really catches what it refuses (an inline script, an inline style, eval), so a test
 * that passes elsewhere has run under the policy without breaking it.
 */
import { CONTENT_SECURITY_POLICY } from '../../src/build/csp.ts'
import { expect, openMap, type PageProblems, test } from './fixtures.ts'

const META = 'meta[http-equiv="Content-Security-Policy"]'

/** Forgets the violations a test provoked on purpose, and Chromium's console lines about them. */
function forgetProvoked(problems: PageProblems): void {
  problems.cspViolations.length = 0
  const rest = problems.consoleErrors.filter((text) => !text.includes('Content Security Policy'))
  problems.consoleErrors.splice(0, problems.consoleErrors.length, ...rest)
}

for (const path of ['/', '/region/ayacucho/', '/region/PE-AYA/', '/regoin/cusco/']) {
  test(`the page at ${path} carries the policy before any script or stylesheet`, async ({
    page,
  }) => {
    await openMap(page, path)
    await expect(page.locator(META)).toHaveAttribute('content', CONTENT_SECURITY_POLICY)
    const order = await page.evaluate(
      (meta) =>
        [...document.head.querySelectorAll(`${meta}, script, link[rel="stylesheet"]`)].map(
          (el) => el.localName,
        ),
      META,
    )
    expect(order[0]).toBe('meta')
    expect(order.filter((name) => name === 'meta')).toHaveLength(1)
  })
}

test('the recorder catches an inline script, which does not run', async ({ page, problems }) => {
  await openMap(page, '/')
  const ran = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.body.append(script)
    return (window as { __inlineRan?: boolean }).__inlineRan === true
  })
  expect(ran).toBe(false)
  await expect.poll(() => problems.cspViolations).toEqual([expect.stringMatching(/^script-src/)])
  forgetProvoked(problems)
})

test('the recorder catches inline styles from markup, which do not apply', async ({
  page,
  problems,
}) => {
  await openMap(page, '/')
  const colours = await page.evaluate(() => {
    const box = document.createElement('div')
    box.id = 'csp-probe'
    document.body.append(box)
    // A string of markup with a style attribute, and a <style> element: both refused.
    box.insertAdjacentHTML('beforeend', '<p id="attr" style="color: rgb(1, 2, 3)">x</p>')
    const style = document.createElement('style')
    style.textContent = '#csp-probe { color: rgb(4, 5, 6) }'
    document.head.append(style)
    const p = document.getElementById('attr')
    return [p && getComputedStyle(p).color, getComputedStyle(box).color]
  })
  expect(colours).not.toContain('rgb(1, 2, 3)')
  expect(colours).not.toContain('rgb(4, 5, 6)')
  await expect
    .poll(() => problems.cspViolations.map((v) => v.split(' ')[0]).sort())
    .toEqual(['style-src-attr', 'style-src-elem'])
  forgetProvoked(problems)
})

test('styles set through the CSSOM, as Leaflet and React do, are allowed', async ({
  page,
  problems,
}) => {
  await openMap(page, '/')
  const colour = await page.evaluate(() => {
    const box = document.createElement('div')
    box.style.color = 'rgb(7, 8, 9)'
    document.body.append(box)
    return getComputedStyle(box).color
  })
  expect(colour).toBe('rgb(7, 8, 9)')
  expect(problems.cspViolations).toEqual([])
})

test('eval, new Function and string timers are refused', async ({ page, problems }) => {
  await openMap(page, '/')
  // DevTools may eval in the code it evaluates itself: run the probes later, from a timer.
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    const evaluate = w.eval as (code: string) => unknown
    const attempt = (run: () => unknown) => {
      try {
        run()
        return 'ran'
      } catch (error) {
        return (error as Error).name
      }
    }
    setTimeout(() => {
      w.__outcome = [attempt(() => evaluate('1 + 1')), attempt(() => new Function('return 2')())]
    })
    setTimeout('window.__stringTimerRan = true', 0)
  })
  await expect
    .poll(() => page.evaluate(() => (window as { __outcome?: string[] }).__outcome))
    .toEqual(['EvalError', 'EvalError'])
  expect(await page.evaluate(() => '__stringTimerRan' in window)).toBe(false)
  await expect.poll(() => problems.cspViolations.length).toBe(3)
  expect(problems.cspViolations.every((v) => v.startsWith('script-src'))).toBe(true)
  forgetProvoked(problems)
})
