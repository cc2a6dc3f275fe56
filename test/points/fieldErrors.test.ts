import { demoIdentities, type TestCloud } from '../helpers/testCloud'
import { pointsState, shanghai, useFakeClock, startPointsCloud } from './helpers'

let t: TestCloud
beforeEach(async () => {
  t = await startPointsCloud()
  useFakeClock(shanghai('2026-06-10T09:00:00'))
})
afterEach(() => jest.useRealTimers())

describe('input errors name the field they are about', () => {
  it('a wrong cap in the rules table points at that rule and that cap, and saves nothing', async () => {
    const rules = await t.ok(demoIdentities.admin, 'points', 'getRules', {})
    const index = rules.categories.findIndex((rule) => rule.category === 'reflection')
    const before = pointsState(t)
    const result = await t.call(demoIdentities.admin, 'points', 'updateRules', {
      expectedVersion: rules.version,
      categories: rules.categories.map((rule, at) => (at === index ? { ...rule, monthlyCap: 0 } : rule)),
    })
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      field: `categories.${index}.monthlyCap`,
      message: expect.stringContaining('每月上限'),
    })
    expect(pointsState(t)).toEqual(before)
  })

  it('a claim without a title says so on the title', async () => {
    const result = await t.call(demoIdentities.member, 'points', 'submitClaim', {
      category: 'reflection',
      title: '体',
      content: '学习体会。'.repeat(60),
    })
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'title' })
  })

  it('a list counts as one field; a payload with unknown keys names none', async () => {
    const result = await t.call(demoIdentities.admin, 'points', 'updateRules', { expectedVersion: 1, categories: [] })
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'categories' })
    const unknown = await t.raw(demoIdentities.admin, 'points', { action: 'reconcileTotals', payload: { extra: 1 } })
    expect(unknown).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(unknown).not.toHaveProperty('field')
  })
})
