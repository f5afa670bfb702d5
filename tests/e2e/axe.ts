/**
 * axe-core in the browser tests: injects the package's own script into the page (from
 * node_modules, not the network) and runs it over the whole document. `seriousViolations` returns
 * what a reader would hit (impact serious or critical), each with its rule, help and the first
 * offending elements, so a failure names what to fix.
 *
 *   await mapSettled(page)
 *   expect(await seriousViolations(page)).toEqual([])
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const SHOWN_NODES = 5 // offending elements listed per rule

export interface Violation {
  rule: string
  impact: string
  help: string
  nodes: string[] // "<selector>: <failure summary>"
}

interface AxeResult {
  violations: {
    id: string
    impact: string | null
    help: string
    nodes: { target: unknown[]; failureSummary?: string }[]
  }[]
}

/** The serious and critical violations axe-core finds in the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // Injected through Playwright's evaluate (the DevTools protocol), which the page's CSP does not
  // govern: the page itself never loads or runs it.
  await page.evaluate(AXE_SOURCE)
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe.run(
      document,
    ),
  )) as AxeResult
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes
        .slice(0, SHOWN_NODES)
        .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    }))
}
