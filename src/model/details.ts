/**
 * The facts and their sources, which load after the first view (details-data.ts): lookups by id,
 * and the context the popups and legends read them from (null while they load).
 */
import { createContext, useContext } from 'react'
import type { Fact, Source } from '../../data/types.ts'

export interface Details {
  fact: (id: string) => Fact | undefined
  source: (id: string) => Source | undefined
}

export function indexDetails(data: { facts: Fact[]; sources: Source[] }): Details {
  const facts = new Map(data.facts.map((f) => [f.id, f]))
  const sources = new Map(data.sources.map((s) => [s.id, s]))
  return { fact: (id) => facts.get(id), source: (id) => sources.get(id) }
}

export const DetailsContext = createContext<Details | null>(null)

export function useDetails(): Details | null {
  return useContext(DetailsContext)
}
