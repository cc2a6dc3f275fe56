import { administers, missing, visibleOrMissing } from '../rules/access'
import { collections } from './collections'
import type { Database } from './database'
import type { MemberDoc } from './models/members'
import { homePlace, isBranchUnit, treeOrder, type BranchUnitDoc, type UnitDoc } from './models/units'

/** Lookups of the roster that several functions share. */

export const findMember = async (db: Database, memberId: string): Promise<MemberDoc | null> => {
  const { data } = await db.collection<MemberDoc>(collections.members.name).where({ _id: memberId }).limit(1).get()
  return data[0] ?? null
}

export const getMember = async (db: Database, memberId: string): Promise<MemberDoc> => {
  const member = await findMember(db, memberId)
  if (!member) throw missing('member')
  return member
}

/** A roster entry the admin maintains: one outside their subtree answers like a missing one. */
export const getAdministeredMember = async (db: Database, admin: MemberDoc, memberId: string): Promise<MemberDoc> =>
  visibleOrMissing('member', await findMember(db, memberId), (member) => administers(admin, homePlace(member)))

const BRANCH_KINDS = ['branch', 'temporary']

/** Every 党支部 and 临时党支部 of the tree, in tree order (a parent's children by their `order`). */
export const listBranchDocs = async (db: Database): Promise<BranchUnitDoc[]> => {
  const { data } = await db.collection<UnitDoc>(collections.units.name).orderBy('order', 'asc').limit(1000).get()
  return treeOrder(data).filter(isBranchUnit)
}

/** A 党支部 or 临时党支部; null for a missing id and for a 党委 or 党总支. */
export const findBranch = async (db: Database, branchId: string): Promise<BranchUnitDoc | null> => {
  const { data } = await db
    .collection<UnitDoc>(collections.units.name)
    .where({ _id: branchId, kind: db.command.in(BRANCH_KINDS) })
    .limit(1)
    .get()
  return data[0] && isBranchUnit(data[0]) ? data[0] : null
}

/** Active members of a branch (a branch holds far fewer than the 1,000 a request may return). */
export const listBranchMembers = async (db: Database, branchId: string): Promise<MemberDoc[]> => {
  const { data } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ branchId, status: 'active' })
    .orderBy('name', 'asc')
    .limit(1000)
    .get()
  return data
}

/** Members' names by id, any status (a member who left still has a name in last year's records). */
export const memberNames = async (db: Database, ids: readonly string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const { data } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ _id: db.command.in(unique) })
    .field({ name: true })
    .limit(1000)
    .get()
  return new Map(data.map((member) => [member._id, member.name]))
}
