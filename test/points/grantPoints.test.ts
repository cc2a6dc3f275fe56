import { collections } from '../../cloudfunctions/common/db/collections'
import type { LedgerDoc, MemberTotalsDoc } from '../../cloudfunctions/common/db/models/points'
import { grantPoints, grantPointsNow, type Grant } from '../../cloudfunctions/common/points/grantPoints'
import type { TestCloud } from '../helpers/testCloud'
import { startPointsCloud } from './helpers'

let t: TestCloud
beforeEach(async () => {
  t = await startPointsCloud()
})

/** Shanghai is UTC+8: 2026-03-10 23:59 Shanghai = 15:59 UTC. */
const shanghai = (local: string) => new Date(`${local}+08:00`)

const study = (n: number, memberId = 'm006'): Grant => ({
  memberId,
  branchId: 'b1',
  category: 'study',
  key: `study:mat${n}:${memberId}`,
  reason: `完成学习：资料 ${n}`,
  createdBy: 'system',
})

const totals = async (id: string) =>
  (await t.db.collection<MemberTotalsDoc>(collections.pointsTotals.name).where({ _id: id }).get()).data[0]

const ledgerCount = async (filter: Record<string, unknown> = {}) =>
  (await t.db.collection<LedgerDoc>(collections.pointsLedger.name).where(filter).count()).total

describe('grantPoints: the ledger and its totals', () => {
  it('grants by the rules and updates day, month, quarter and year totals together', async () => {
    const at = shanghai('2026-03-10T09:00:00')
    expect(await grantPointsNow(t.db, study(1), at)).toEqual({ status: 'granted', points: 1 })
    for (const key of ['2026-03-10', '2026-03', '2026-Q1', '2026'])
      expect(await totals(`m006:${key}`)).toMatchObject({ points: 1, byCategory: { study: 1 }, entries: 1 })
    const [entry] = (await t.db.collection<LedgerDoc>(collections.pointsLedger.name).get()).data
    expect(entry).toMatchObject({ _id: 'study:mat1:m006', ruleVersion: 1, status: 'granted', createdBy: 'system' })
  })

  it('records a retried grant once and reports the duplicate', async () => {
    const at = shanghai('2026-03-10T09:00:00')
    await grantPointsNow(t.db, study(1), at)
    expect(await grantPointsNow(t.db, study(1), at)).toEqual({ status: 'duplicate', points: 1 })
    expect(await ledgerCount()).toBe(1)
    expect((await totals('m006:2026-03')).points).toBe(1)
  })

  it('commits with the caller’s own transaction, or not at all', async () => {
    const at = shanghai('2026-03-10T09:00:00')
    await expect(
      t.db.runTransaction(async (tx) => {
        await grantPoints(tx, study(1), at)
        throw new Error('the caller’s check-in failed')
      }),
    ).rejects.toThrow('check-in failed')
    expect(await ledgerCount()).toBe(0)
    expect(await totals('m006:2026-03')).toBeUndefined()
  })
})
