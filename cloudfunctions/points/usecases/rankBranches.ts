import type { BranchRanking, PeriodInput, RankedBranch } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { listBranchDocs } from '../../common/db/members'
import { belongsTo } from '../../common/rules/access'
import { competitionRanks, rankedPeriod, TOP } from '../ranking'
import { assertSeesRankings } from '../settings'

/** One figure per branch, summed by the database: one small group row per branch. */
const perBranch = async (db: Database, collection: string, match: Record<string, unknown>, value: unknown) => {
  const $ = (db.command as unknown as { aggregate: { sum: (value: unknown) => unknown } }).aggregate
  const { list } = await db
    .collection(collection)
    .aggregate()
    .match(match)
    .group({ _id: '$branchId', value: $.sum(value) })
    .limit(1000)
    .end()
  return new Map((list as { _id: string; value: number }[]).map((row) => [row._id, row.value]))
}

const round2 = (value: number) => Math.round(value * 100) / 100

/**
 * Branches by points per active member (fair between large and small
 * branches). A branch's points are its members' period totals summed when
 * read (the index on periodKey reads the period's totals only): no branch
 * total is written when points are granted, so a branch earning points
 * together never contends on one document. Cost grows with members, not with
 * the ledger. Members whose organisation shows them only their own standing
 * get their branch's row alone; RANKING_HIDDEN when rankings are for leaders.
 */
export const rankBranches = async ({ db, caller, now }: Context, input: PeriodInput): Promise<BranchRanking> => {
  const period = rankedPeriod(input, now)
  const [access, pointsOf, branches, members] = await Promise.all([
    assertSeesRankings(db, caller.member),
    perBranch(db, collections.pointsTotals.name, { periodKey: period.key }, '$points'),
    listBranchDocs(db),
    perBranch(db, collections.members.name, { status: 'active' }, 1),
  ])
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
    access,
    entries: access === 'full' ? ranked.slice(0, TOP) : [],
    mine: ranked.find((row) => belongsTo(caller.member, row.branchId)) ?? null,
  }
}
