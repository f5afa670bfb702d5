/**
 * The facts and their sources, loaded after the first view (see data-view.ts): a lazy chunk of
 * its own, outside the first-view budget, because only popups and legends' details show them.
 */
import facts from '../../data/facts.json' with { type: 'json' }
import sources from '../../data/sources.json' with { type: 'json' }
import type { Fact, Source } from '../../data/types.ts'

export const details = { facts: facts as Fact[], sources: sources as Source[] }
