import { describe, expect, it } from 'vitest'
import { fold, matches } from '../../src/model/search.ts'

describe('region search', () => {
  it('ignores case and accents', () => {
    expect(fold('  APURÍMAC ')).toBe('apurimac')
    expect(matches('apurimac', 'Apurímac')).toBe(true)
    expect(matches('JUNÍN', 'Junín')).toBe(true)
    expect(matches('puri', 'Apurímac')).toBe(true)
  })

  it('matches any of the names, and everything when empty', () => {
    expect(matches('pe-aya', 'Ayacucho', 'Ayacucho', 'PE-AYA')).toBe(true)
    expect(matches('', 'x')).toBe(true)
    expect(matches('cusco', 'Puno', 'Puno')).toBe(false)
  })
})
