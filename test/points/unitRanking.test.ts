/**
 * A unit's top 50: member totals carry the member's unit path (`unitIds`,
 * written with every grant), so a 二级党委's ranking is the first 50 entries
 * of the index {periodKey, unitIds, points desc, memberId}, whatever the rest
 * of the group holds. Demo group: 二分公司党委 (u-c2) = 第三支部 + 第四支部 + 第七支部.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import { memberTotalsId, type MemberTotalsDoc } from '../../cloudfunctions/common/db/models/points'
import { periodKey } from '../../cloudfunctions/common/periods'
import { demoIdentities, startTestCloud, type TestCloud } from '../helpers/testCloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ history: true })
}, 180_000)

const month = periodKey('month', new Date())
const rank = (openid: string, unitId: string) =>
  t.call(openid, 'points', 'rankMembers', { kind: 'month', scope: 'organisation', unitId })

const monthTotals = async () =>
  (await t.db.collection<MemberTotalsDoc>(collections.pointsTotals.name).where({ periodKey: month }).limit(1000).get())
    .data

describe('a unit’s ranking', () => {
  it('lists the unit’s members only, in the order of the organisation’s totals', async () => {
    const ranking = await t.ok(demoIdentities.leader, 'points', 'rankMembers', {
      kind: 'month',
      scope: 'organisation',
      unitId: 'u-c2',
    })
    const expected = (await monthTotals())
      .filter((doc) => ['b3', 'b4', 'b7'].includes(doc.branchId))
      .sort((a, b) => b.points - a.points || a.memberId.localeCompare(b.memberId))
      .slice(0, 50)
      .map((doc) => doc.memberId)
    expect(expected.length).toBeGreaterThan(10)
    expect(ranking.entries.map((entry) => entry.memberId)).toEqual(expected)
    expect(new Set(ranking.entries.map((entry) => entry.branchName))).toEqual(
      new Set(['第三支部', '第四支部', '第七支部']),
    )
    expect(ranking).toMatchObject({ scope: 'organisation', branchId: null, unitId: 'u-c2', me: null })
  })

  it('gives the 二级党委 leader their own unit with their place, and another unit answers like a missing one', async () => {
    const own = await rank(demoIdentities.groupSubLeader, 'u-c2')
    expect(own.ok && own.data.me).not.toBeNull()
    const missing = await rank(demoIdentities.groupSubLeader, 'nope')
    expect(missing).toEqual({ ok: false, code: 'POINTS_UNIT_NOT_FOUND', message: '组织不存在，或不在您的管理范围内' })
    expect(await rank(demoIdentities.groupSubLeader, 'u-c1')).toEqual(missing)
    expect(await rank(demoIdentities.groupSubLeader, 'org')).toEqual(missing)
    expect(await rank(demoIdentities.member, 'u-c2')).toEqual(missing)
  })

  it('reads the same documents however many totals the rest of the group holds', async () => {
    const measure = async () => {
      t.cloud.database.resetCounters()
      await t.ok(demoIdentities.leader, 'points', 'rankMembers', {
        kind: 'month',
        scope: 'organisation',
        unitId: 'u-c2',
      })
      // Requests and documents returned: the reads a cloud function pays for. (`scanned` is the local
      // engine's own work: it keeps one index entry per document, so an array field narrows nothing there.)
      const { requests, returned } = t.cloud.database.counters()
      return { requests, returned }
    }
    const before = await measure()
    const others: MemberTotalsDoc[] = Array.from({ length: 300 }, (_, index) => ({
      _id: memberTotalsId(`x${index}`, month),
      memberId: `x${index}`,
      branchId: 'b1',
      unitIds: ['org', 'u-c1', 'b1'],
      kind: 'month',
      periodKey: month,
      points: 1000 + index,
      byCategory: { manual: 1000 + index },
      bySubtype: {},
      entries: 1,
      updatedAt: new Date(),
    }))
    await t.db.collection(collections.pointsTotals.name).add({ data: others })
    const organisation = await t.ok(demoIdentities.leader, 'points', 'rankMembers', {
      kind: 'month',
      scope: 'organisation',
    })
    expect(organisation.entries[0].memberId).toBe('x299')
    expect(await measure()).toEqual(before)
  })
})
