import { missing } from '../rules/access'
import { collections } from './collections'
import type { Database } from './database'
import type { BranchDoc, MemberDoc } from './models/members'

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

export const listBranchDocs = async (db: Database): Promise<BranchDoc[]> => {
  const { data } = await db.collection<BranchDoc>(collections.branches.name).orderBy('order', 'asc').limit(1000).get()
  return data
}

export const findBranch = async (db: Database, branchId: string): Promise<BranchDoc | null> => {
  const { data } = await db.collection<BranchDoc>(collections.branches.name).where({ _id: branchId }).limit(1).get()
  return data[0] ?? null
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
