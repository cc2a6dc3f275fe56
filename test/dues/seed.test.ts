import { collections } from '../../cloudfunctions/common/db/collections'
import type { DuesBranchMonthDoc } from '../../cloudfunctions/common/db/models/dues'
import { startTestCloud, demoIdentities } from '../helpers/testCloud'
import { DUES_NOW } from './helpers'
import { useFakeClock } from '../helpers/clock'

describe('the dues seed (with the history)', () => {
  beforeAll(() => useFakeClock(DUES_NOW))
  afterAll(() => jest.useRealTimers())

  it('gives every member a base, six months of payments, this month open for m006, two members in arrears', async () => {
    const t = await startTestCloud({ history: true })
    const mine = await t.ok(demoIdentities.member, 'dues', 'myDues', {})
    expect(mine.base).toMatchObject({ status: 'confirmed', fromMonth: '2026-05' })
    expect(mine.unpaid.map((month) => month.month)).toEqual(['2026-11'])
    expect(mine.history).toHaveLength(6)
    const sheet = await t.ok(demoIdentities.secretary, 'dues', 'branchSheet', { branchId: 'b1', month: '2026-11' })
    const late = sheet.rows.filter((row) => row.arrearsMonths >= 3).map((row) => [row.memberId, row.arrearsMonths])
    expect(late).toEqual([['m008', 4]])
    const { data } = await t.db
      .collection<DuesBranchMonthDoc>(collections.duesBranchMonths.name)
      .where({ month: '2026-10' })
      .get()
    // The group's 10 branches (the history seeds the whole demo group); only 第二支部's member is 6 months behind.
    const flagged = Object.fromEntries(data.map((doc) => [doc.branchId, doc.flaggedNames.length]))
    expect(flagged).toEqual({ b1: 0, b2: 1, b3: 0, b4: 0, b5: 0, b6: 0, b7: 0, b8: 0, b9: 0, b10: 0 })
    expect(data.find((doc) => doc.branchId === 'b1')).toMatchObject({ dueCount: 20, paidCount: 19 })
    t.cloud.close()
  })
})
