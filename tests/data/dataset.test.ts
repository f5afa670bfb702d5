import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../data/validate.ts'
import { articleText, fresh, regions } from './load.ts'

describe('the real dataset', () => {
  it('validates with zero errors', () => {
    const problems = validateDataset(fresh(), articleText, regions)
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([])
  })
})
