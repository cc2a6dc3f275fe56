import { periodOptions } from '../../src/utils/stats'
import { shiftPeriod } from '../../src/utils/points'

/** The client's period pickers read the one period module the functions use (`@periods`). */
describe('client periods', () => {
  // 2027-01-01 00:30 in Shanghai, still 2026-12-31 in UTC.
  const newYear = new Date('2026-12-31T16:30:00Z')

  it('offers the recent periods of Asia/Shanghai, newest first, in the one spelling', () => {
    expect(periodOptions('quarter', newYear).slice(0, 3)).toEqual([
      { kind: 'quarter', key: '2027-Q1', label: '2027年第一季度' },
      { kind: 'quarter', key: '2026-Q4', label: '2026年第四季度' },
      { kind: 'quarter', key: '2026-Q3', label: '2026年第三季度' },
    ])
    expect(periodOptions('quarter', newYear)).toHaveLength(8)
    expect(
      periodOptions('month', newYear)
        .map((option) => option.label)
        .slice(0, 2),
    ).toEqual(['2027年1月', '2026年12月'])
    expect(periodOptions('month', newYear)).toHaveLength(12)
    expect(periodOptions('year', newYear).map((option) => option.key)).toEqual(['2027', '2026', '2025', '2024', '2023'])
  })

  it('steps back across year boundaries', () => {
    expect(shiftPeriod('quarter', -1, newYear)).toBe('2026-Q4')
    expect(shiftPeriod('quarter', -5, newYear)).toBe('2025-Q4')
    expect(shiftPeriod('month', -1, newYear)).toBe('2026-12')
    expect(shiftPeriod('year', -1, newYear)).toBe('2026')
  })
})
