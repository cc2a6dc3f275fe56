import type { TalkCoverage } from '../common/contract/review'
import type { Database } from '../common/db/database'
import { listBranchMembers } from '../common/db/members'
import type { MemberDoc } from '../common/db/models/members'
import type { TalkDoc } from '../common/db/models/review'
import { talksOf } from './store'

/** The branch's talks of a year (a branch records far fewer than 1,000 a year). */
export const talksOfYear = async (db: Database, branchId: string, year: number): Promise<TalkDoc[]> =>
  (await talksOf(db).where({ branchId, year }).orderBy('on', 'desc').limit(1000).get()).data

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`)

const isCommittee = (member: MemberDoc) => member.roles.includes('committee') || member.roles.includes('secretary')

/**
 * This year's 谈心谈话 coverage (支部工作条例 practice): the secretary talks
 * with every other member at least once, and committee members with one
 * another. A talk counts in either direction.
 */
export const coverageOf = (
  branchId: string,
  year: number,
  members: readonly MemberDoc[],
  talks: readonly TalkDoc[],
): TalkCoverage => {
  const talked = new Set(talks.map((talk) => pairKey(talk.byId, talk.withId)))
  const secretaries = members.filter((member) => member.roles.includes('secretary'))
  const others = members.filter((member) => !member.roles.includes('secretary'))
  const missing = others.filter((member) => !secretaries.some((s) => talked.has(pairKey(s._id, member._id))))
  const committee = members.filter(isCommittee)
  const pairs = committee.flatMap((a, index) => committee.slice(index + 1).map((b) => [a, b] as const))
  const missingPairs = pairs.filter(([a, b]) => !talked.has(pairKey(a._id, b._id)))
  const ref = (member: MemberDoc) => ({ id: member._id, name: member.name })
  return {
    branchId,
    year,
    members: members.map(ref),
    secretary: { covered: others.length - missing.length, total: others.length, missing: missing.map(ref) },
    committee: {
      covered: pairs.length - missingPairs.length,
      total: pairs.length,
      missing: missingPairs.map(([a, b]) => [ref(a), ref(b)]),
    },
  }
}

export const branchCoverage = async (db: Database, branchId: string, year: number) => {
  const [members, talks] = await Promise.all([listBranchMembers(db, branchId), talksOfYear(db, branchId, year)])
  return { talks, coverage: coverageOf(branchId, year, members, talks) }
}
