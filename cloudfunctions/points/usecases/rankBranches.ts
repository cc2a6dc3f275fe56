import type { BranchRanking, PeriodInput, RankedBranch } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { listBranchDocs } from '../../common/db/members'
import type { BranchTotalsDoc } from '../../common/db/models/points'
import { resolvePeriod } from '../periods'
import { competitionRanks, TOP } from './rankMembers'

/** Active members per branch, counted by the database (one small group per branch). */
const activeMembers = async (db: Database): Promise<Map<string, number>> => {
  const $ = (db.command as unknown as { aggregate: { sum: (value: unknown) => unknown } }).aggregate
  const { list } = await db
    .collection(collections.members.name)
    .aggregate()
    .match({ status: 'active' })
    .group({ _id: '$branchId', members: $.sum(1) })
    .limit(1000)
    .end()
  return new Map((list as { _id: string; members: number }[]).map((row) => [row._id, row.members]))
}

const round2 = (value: number) => Math.round(value * 100) / 100

/** Branches by points per active member (fair between large and small branches), from the branch totals. */
export const rankBranches = async ({ db, caller, now }: Context, input: PeriodInput): Promise<BranchRanking> => {
  const period = resolvePeriod(input, now)
  const [{ data: totals }, branches, members] = await Promise.all([
    db
      .collection<BranchTotalsDoc>(collections.pointsBranchTotals.name)
      .where({ periodKey: period.key })
      .limit(1000)
      .get(),
    listBranchDocs(db),
    activeMembers(db),
  ])
  const pointsOf = new Map(totals.map((doc) => [doc.branchId, doc.points]))
  const rows = branches
    .map((branch) => {
      const count = members.get(branch._id) ?? 0
      const points = pointsOf.get(branch._id) ?? 0
      return {
        branchId: branch._id,
        name: branch.name,
        points,
        members: count,
        perMember: count ? round2(points / count) : 0,
      }
    })
    .sort((a, b) => b.perMember - a.perMember || a.name.localeCompare(b.name, 'zh'))
  const ranks = competitionRanks(rows.map((row) => row.perMember))
  const ranked: RankedBranch[] = rows.map((row, index) => ({ ...row, rank: ranks[index] }))
  return {
    periodKey: period.key,
    periodLabel: period.label,
    entries: ranked.slice(0, TOP),
    mine: ranked.find((row) => row.branchId === caller.member.branchId) ?? null,
  }
}
