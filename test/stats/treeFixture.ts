/**
 * The stats fixture hung on a 3-level tree, plus a third branch in another
 * 二级党委. Every roll-up the tests assert is summed by hand from fixture.ts
 * (第一支部, 第二支部) and the few records of 第三支部 below.
 *
 * 集团党委 g
 * ├─ 一分公司党委 c1 ── 机关党总支 gen1 ── 第一支部 b1
 * │                └─ 第二支部 b2
 * └─ 二分公司党委 c2 ── 第三支部 b3
 *
 * 第三支部 in 2026-11: q1 (secretary), q2, q3 and the two leaders lc1
 * (一分公司党委) and lc2 (二分公司党委): 5 members; one 主题党日 f1 expecting
 * q1–q3, q1 on time and q2 late, q3 absent; q1 earns 5 points. No notices, no groups.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import { duesBranchMonthId, type DuesBranchMonthDoc } from '../../cloudfunctions/common/db/models/dues'
import type { CheckinDoc } from '../../cloudfunctions/common/db/models/events'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import type { UnitDoc, UnitKind } from '../../cloudfunctions/common/db/models/units'
import { BRANCHES, event, ledger, MEMBERS, NOW, openidOf, UNITS as FLAT_UNITS } from './fixture'

const unit = (_id: string, kind: UnitKind, name: string, ancestors: string[], order: number): UnitDoc => ({
  _id,
  kind,
  name,
  parentId: ancestors[ancestors.length - 1] ?? null,
  ancestors,
  order,
  groups: [],
  createdAt: NOW,
})

export const UNITS: UnitDoc[] = [
  unit('g', 'committee', '集团党委', [], 1),
  unit('c1', 'committee', '一分公司党委', ['g'], 1),
  unit('c2', 'committee', '二分公司党委', ['g'], 2),
  unit('gen1', 'general', '机关党总支', ['g', 'c1'], 1),
  { ...unit('b1', 'branch', '第一支部', ['g', 'c1', 'gen1'], 1), groups: BRANCHES[0].groups },
  unit('b2', 'branch', '第二支部', ['g', 'c1'], 2),
  unit('b3', 'branch', '第三支部', ['g', 'c2'], 1),
]

const memberOf = (_id: string, name: string, fields: Partial<MemberDoc> = {}): MemberDoc => ({
  ...MEMBERS[0],
  _id,
  name,
  phone: `1390000${_id.padStart(4, '0').slice(-4)}`,
  branchId: 'b3',
  groupId: null,
  roles: ['member'],
  openid: openidOf(_id),
  ...fields,
})

/** The leader of 一分公司党委 (member of 第二支部) and of 二分公司党委 (member of 第三支部). */
export const LEADER_C1 = openidOf('lc1')
export const LEADER_C2 = openidOf('lc2')

const PATHS: Record<string, string[]> = { b1: ['g', 'c1', 'gen1', 'b1'], b2: ['g', 'c1', 'b2'], b3: ['g', 'c2', 'b3'] }

const NEW_MEMBERS: MemberDoc[] = [
  memberOf('q1', '秦书记', { roles: ['member', 'committee', 'secretary'] }),
  memberOf('q2', '邱党员'),
  memberOf('q3', '曲党员'),
]

/** Both belong to 第三支部 (so 第一支部's and 第二支部's figures stay those of fixture.ts). */
const LEADERS: MemberDoc[] = [
  memberOf('lc1', '罗书记', { roles: ['member', 'leader'], grants: [{ role: 'leader', unitId: 'c1' }] }),
  memberOf('lc2', '吕书记', { roles: ['member', 'leader'], grants: [{ role: 'leader', unitId: 'c2' }] }),
]

const f1 = event('f1', 'theme_day', '2026-11-06T02:00:00Z', ['q1', 'q2', 'q3'], { branchId: 'b3', createdBy: 'q1' })

const checkin = (memberId: string, late: boolean): CheckinDoc => ({
  _id: `f1:${memberId}`,
  eventId: 'f1',
  branchId: 'b3',
  memberId,
  at: NOW,
  late,
  method: 'code',
  distance: null,
  accuracy: null,
  makeup: null,
})

/** Replaces fixture.ts's flat tree by this one, adds 第三支部 and its records; sets every member's unitIds. */
export const seedTree = async (db: Database): Promise<void> => {
  const flat = FLAT_UNITS.map((unit) => unit._id)
  await db
    .collection(collections.units.name)
    .where({ _id: db.command.in(flat) })
    .remove()
  await db.collection(collections.units.name).add({ data: UNITS })
  await db.collection(collections.members.name).add({ data: [...NEW_MEMBERS, ...LEADERS] })
  for (const [branchId, unitIds] of Object.entries(PATHS))
    await db.collection(collections.members.name).where({ branchId }).update({ data: { unitIds } })
  await db.collection(collections.events.name).add({ data: [f1] })
  await db.collection(collections.checkins.name).add({ data: [checkin('q1', false), checkin('q2', true)] })
  await db
    .collection(collections.pointsLedger.name)
    .add({ data: [ledger('attend:f1:q1', 'q1', 5, '2026-11-06T02:05:00Z', { branchId: 'b3' })] })
}

const duesMonth = (
  branchId: string,
  month: string,
  [dueCount, paidCount, dueFen, paidFen]: [number, number, number, number],
  flaggedNames: string[] = [],
): DuesBranchMonthDoc => ({
  _id: duesBranchMonthId(branchId, month),
  branchId,
  branchName: UNITS.find((item) => item._id === branchId)?.name ?? '',
  month,
  members: dueCount,
  dueCount,
  dueFen,
  paidCount,
  paidFen,
  exemptCount: 0,
  noBaseCount: 0,
  unpaidNames: [],
  flaggedNames,
  compiledAt: NOW,
})

/**
 * The dues function's compiled branch-months (member-months owed / paid, fen owed / paid, flagged):
 * 第一支部 2026-10 4/4 (flagged 2), 2026-11 3 of 4 paid (flagged 1); 第二支部 2026-11 1 of 3;
 * 第三支部 2026-11 5 of 5. Every roll-up the tests assert sums these by hand.
 */
export const DUES_MONTHS: DuesBranchMonthDoc[] = [
  duesMonth('b1', '2026-10', [4, 4, 12000, 12000], ['甲', '乙']),
  duesMonth('b1', '2026-11', [4, 3, 12000, 9000], ['甲']),
  duesMonth('b2', '2026-11', [3, 1, 6000, 2000]),
  duesMonth('b3', '2026-11', [5, 5, 1000, 1000]),
]

export const seedDuesMonths = (db: Database) =>
  db.collection(collections.duesBranchMonths.name).add({ data: DUES_MONTHS })
