import { collections } from '../../cloudfunctions/common/db/collections'
import type { LedgerDoc, MemberTotalsDoc } from '../../cloudfunctions/common/db/models/points'
import type { Grant } from '../../cloudfunctions/common/points/grantPoints'
import { seedOrganisation } from '../../local/seed/organisation'
import { startSeededCloud, type TestCloud } from '../helpers/testCloud'

export { shanghai, useFakeClock } from '../helpers/clock'

export const studyGrant = (n: number | string, memberId = 'm006', branchId = 'b1'): Grant => ({
  memberId,
  branchId,
  category: 'study',
  key: `study:mat${n}:${memberId}`,
  reason: `完成学习：资料 ${n}`,
  createdBy: 'system',
})

export const attendanceGrant = (eventId: string, subtype: string, memberId = 'm006'): Grant => ({
  memberId,
  branchId: 'b1',
  category: 'attendance',
  subtype,
  key: `attend:${eventId}:${memberId}`,
  reason: '参加活动',
  createdBy: 'system',
})

export const totalsOf = async (t: TestCloud, memberId: string, key: string) =>
  (
    await t.db
      .collection<MemberTotalsDoc>(collections.pointsTotals.name)
      .where({ _id: `${memberId}:${key}` })
      .get()
  ).data[0]

export const pointsOf = async (t: TestCloud, memberId: string, key: string) =>
  (await totalsOf(t, memberId, key))?.points ?? 0

export const ledger = async (t: TestCloud, filter: Record<string, unknown> = {}) =>
  (await t.db.collection<LedgerDoc>(collections.pointsLedger.name).where(filter).limit(1000).get()).data

/** Every points collection, for "a refused action writes nothing" assertions. */
export const pointsState = (t: TestCloud) => {
  const dump = t.cloud.database.dump()
  return ['pointsLedger', 'pointsTotals', 'pointsRules', 'pointsClaims', 'studySessions', 'studyMaterials'].map(
    (name) => dump[name] ?? [],
  )
}

/**
 * A fresh cloud with only the demo organisation: other domains' demo data
 * (events, notices) grants points too, and these suites count every entry.
 */
export const startPointsCloud = (now = new Date('2026-01-01T00:00:00Z')): Promise<TestCloud> =>
  startSeededCloud(seedOrganisation, now)
