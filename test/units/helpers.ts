/**
 * A three-level tree grown through the units admin's own actions on the demo
 * organisation: 公司党委 (org) → 二分公司党委 (sub) → 机关党总支 (general) →
 * 第三支部 (b3); 第二支部 (b2) under 二分公司党委; 第一支部 and 第四支部 stay
 * under the root. m022 leads 二分公司党委, m023 administers it, m042 (第三支部)
 * leads 机关党总支.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import type { UnitDoc } from '../../cloudfunctions/common/db/models/units'
import { demoIdentities, demoOpenid, type TestCloud } from '../helpers/testCloud'

export const subLeader = demoIdentities.subLeader
export const subAdmin = demoIdentities.otherAdmin
export const generalLeader = demoOpenid('m042')

export interface Tree {
  sub: string
  general: string
}

export const growTree = async (t: TestCloud): Promise<Tree> => {
  const admin = demoIdentities.admin
  const sub = await t.ok(admin, 'members', 'createUnit', { parentId: 'org', kind: 'committee', name: '二分公司党委' })
  const general = await t.ok(admin, 'members', 'createUnit', { parentId: sub.id, kind: 'general', name: '机关党总支' })
  await t.ok(admin, 'members', 'moveUnit', { unitId: 'b2', parentId: sub.id })
  await t.ok(admin, 'members', 'moveUnit', { unitId: 'b3', parentId: general.id })
  await t.ok(admin, 'members', 'grantRole', { unitId: sub.id, memberId: 'm022', role: 'leader' })
  await t.ok(admin, 'members', 'grantRole', { unitId: sub.id, memberId: 'm023', role: 'admin' })
  await t.ok(admin, 'members', 'grantRole', { unitId: general.id, memberId: 'm042', role: 'leader' })
  return { sub: sub.id, general: general.id }
}

export const unitDoc = async (t: TestCloud, unitId: string): Promise<UnitDoc> =>
  (await t.db.collection<UnitDoc>(collections.units.name).doc(unitId).get()).data

export const memberDoc = async (t: TestCloud, memberId: string): Promise<MemberDoc> =>
  (await t.db.collection<MemberDoc>(collections.members.name).doc(memberId).get()).data

/** The `unitIds` of every member of a branch, deduplicated (one path per branch). */
export const pathsOfBranch = async (t: TestCloud, branchId: string): Promise<string[][]> => {
  const { data } = await t.db.collection<MemberDoc>(collections.members.name).where({ branchId }).limit(1000).get()
  return [...new Set(data.map((member) => JSON.stringify(member.unitIds)))].map((path) => JSON.parse(path))
}
