import { applyRate, bracketsProblem, chargeFor, DEFAULT_RULES, rateFor } from '../../cloudfunctions/dues/rules/amount'

const yuan = (value: number) => Math.round(value * 100)
const pay = (payYuan: number, insuranceYuan = 0) => ({ payFen: yuan(payYuan), insuranceFen: yuan(insuranceYuan) })

describe('中组发〔2008〕3号 amounts', () => {
  it.each([
    [0.01, 50, 0],
    [3000, 50, 1500],
    [3000.01, 100, 3000],
    [4999.99, 100, 5000],
    [5000, 100, 5000],
    [5000.01, 150, 7500],
    [10000, 150, 15000],
    [10000.01, 200, 20000],
    [25000, 200, 50000],
  ])(
    'an employed base of %p 元 falls in the %p bp bracket and pays %p fen (whole base, top bound inclusive)',
    (base, rate, fen) => {
      expect(chargeFor('employed', pay(base), DEFAULT_RULES)).toEqual({
        amountFen: fen,
        baseFen: yuan(base),
        rateBp: rate,
      })
    },
  )

  it('uses the same brackets for 年薪制 pay of the month', () => {
    expect(chargeFor('annual', pay(8000), DEFAULT_RULES)).toEqual({ amountFen: 12000, baseFen: 800000, rateBp: 150 })
  })

  it.each([
    [5000, 50, 2500],
    [5000.01, 100, 5000],
    [3000, 50, 1500],
  ])('a retired pension of %p 元 pays %p bp = %p fen', (base, rate, fen) => {
    expect(chargeFor('retired', pay(base), DEFAULT_RULES)).toEqual({
      amountFen: fen,
      baseFen: yuan(base),
      rateBp: rate,
    })
  })

  it('charges students, the unemployed and 低保 a flat 0.2 元 whatever they declared', () => {
    expect(chargeFor('flat', pay(9000), DEFAULT_RULES)).toEqual({ amountFen: 20, baseFen: null, rateBp: null })
  })

  it('rounds to the fen half up, in integers', () => {
    expect(applyRate(100100, 50)).toBe(501) // 1,001.00 × 0.5 % = 5.005 → 5.01
    expect(applyRate(100099, 50)).toBe(500) // 5.00495 → 5.00
    expect(applyRate(123450, 50)).toBe(617) // 6.1725 → 6.17
    expect(applyRate(333333, 100)).toBe(3333) // 33.3333 → 33.33
    expect(applyRate(333350, 150)).toBe(5000) // 50.0025 → 50.00
    expect(applyRate(100_000_000, 200)).toBe(2_000_000) // the largest base: 1,000,000 元 × 2 % = 20,000 元
  })

  it('deducts the personal 五险一金 only when the organisation says so', () => {
    const deducting = { ...DEFAULT_RULES, deductInsurance: true }
    expect(chargeFor('employed', pay(5600, 700), DEFAULT_RULES)).toMatchObject({
      baseFen: 560000,
      rateBp: 150,
      amountFen: 8400,
    })
    expect(chargeFor('employed', pay(5600, 700), deducting)).toMatchObject({
      baseFen: 490000,
      rateBp: 100,
      amountFen: 4900,
    })
  })

  it('finds the bracket of the whole base', () => {
    expect(rateFor(DEFAULT_RULES.employed, 300000)).toBe(50)
    expect(rateFor(DEFAULT_RULES.employed, 300001)).toBe(100)
    expect(() => rateFor([{ upToFen: 100, rateBp: 50 }], 101)).toThrow()
  })

  it('accepts only rising brackets that end open', () => {
    expect(bracketsProblem(DEFAULT_RULES.employed)).toBeNull()
    expect(bracketsProblem([{ upToFen: 100, rateBp: 50 }])).toMatch(/最后一档/)
    expect(
      bracketsProblem([
        { upToFen: 500, rateBp: 50 },
        { upToFen: 400, rateBp: 60 },
        { upToFen: null, rateBp: 70 },
      ]),
    ).toMatch(/递增/)
    expect(
      bracketsProblem([
        { upToFen: null, rateBp: 50 },
        { upToFen: null, rateBp: 60 },
      ]),
    ).toMatch(/只有最后一档/)
  })
})
