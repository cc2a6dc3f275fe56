import type { MemberRanking, PeriodInput, RankedMember } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { memberTotalsId, type MemberTotalsDoc } from '../../common/db/models/points'
import type { MemberDoc } from '../../common/db/models/members'
import type { UnitDoc } from '../../common/db/models/units'
import { AppError } from '../../common/errors'
import { assertReadsBranch, belongsTo, readsUnit } from '../../common/rules/access'
import { competitionRanks, rankedPeriod, TOP } from '../ranking'
import { assertSeesRankings } from '../settings'
import { branchNames, memberNames } from '../views'
import { placeOf } from '../../common/db/units'

interface RankInput extends PeriodInput {
  scope: 'branch' | 'organisation'
  branchId?: string
  unitId?: string
}

interface Scope {
  branchId: string | null
  unitId: string | null
}

/** A unit's list: for leaders and admins it reaches; any other unit is answered like a missing one. */
const unitScope = async (db: Database, member: MemberDoc, unitId: string): Promise<Scope> => {
  const { data } = await db.collection<UnitDoc>(collections.units.name).where({ _id: unitId }).limit(1).get()
  if (!data[0] || !readsUnit(member, data[0])) throw new AppError('POINTS_UNIT_NOT_FOUND')
  return { branchId: null, unitId }
}

const scopeOf = async (ctx: Context, input: RankInput): Promise<Scope> => {
  const me = ctx.caller.member
  if (input.scope === 'organisation')
    return input.unitId ? unitScope(ctx.db, me, input.unitId) : { branchId: null, unitId: null }
  const branchId = input.branchId ?? me.branchId
  assertReadsBranch(me, await placeOf(ctx.db, me, branchId), 'FORBIDDEN', '只能查看本支部的排名')
  return { branchId, unitId: null }
}

/** The period's totals in scope: index period_branch_points, period_units_points or period_points. */
const filterOf = ({ branchId, unitId }: Scope, periodKey: string): Record<string, unknown> => {
  if (branchId) return { periodKey, branchId }
  return unitId ? { periodKey, unitIds: unitId } : { periodKey }
}

/** Whether the caller is inside the scope, and so has a place in it. */
const isIn = (member: MemberDoc, { branchId, unitId }: Scope): boolean => {
  if (branchId) return belongsTo(member, branchId)
  return !unitId || !!member.unitIds?.includes(unitId)
}

/** My rank: the number of members in scope with more points, plus one (0 points if I have no total yet). */
const myRank = async (db: Database, filter: Record<string, unknown>, memberId: string, periodKey: string) => {
  const { data } = await db
    .collection<MemberTotalsDoc>(collections.pointsTotals.name)
    .where({ _id: memberTotalsId(memberId, periodKey) })
    .limit(1)
    .get()
  const points = data[0]?.points ?? 0
  const { total } = await db
    .collection(collections.pointsTotals.name)
    .where({ ...filter, points: db.command.gt(points) })
    .count()
  return { rank: total + 1, points }
}

/**
 * Members by points for a month, quarter or year (of a branch, a unit of the
 * tree or the organisation): the top 50 and my own place;
 * only my own place when the organisation shows members their own standing,
 * RANKING_HIDDEN when rankings are for leaders.
 * Reads only the period's totals documents (index periodKey[, branchId], points),
 * never the ledger, so its cost does not grow with the ledger.
 */
export const rankMembers = async (ctx: Context, input: RankInput): Promise<MemberRanking> => {
  const { db, caller } = ctx
  const period = rankedPeriod(input, ctx.now)
  const scope = await scopeOf(ctx, input)
  const filter = filterOf(scope, period.key)
  const [access, { data: leaders }] = await Promise.all([
    assertSeesRankings(db, caller.member),
    db
      .collection<MemberTotalsDoc>(collections.pointsTotals.name)
      .where(filter)
      .orderBy('points', 'desc')
      .orderBy('memberId', 'asc')
      .limit(TOP)
      .get(),
  ])
  const top = access === 'full' ? leaders : []
  const inScope = isIn(caller.member, scope)
  const [names, branchNamesById, me] = await Promise.all([
    memberNames(
      db,
      top.map((doc) => doc.memberId),
    ),
    branchNames(
      db,
      top.map((doc) => doc.branchId),
    ),
    inScope ? myRank(db, filter, caller.member._id, period.key) : Promise.resolve(null),
  ])
  const ranks = competitionRanks(top.map((doc) => doc.points))
  const entries: RankedMember[] = top.map((doc, index) => ({
    rank: ranks[index],
    memberId: doc.memberId,
    name: names.get(doc.memberId) ?? '未知',
    branchName: branchNamesById.get(doc.branchId) ?? '',
    points: doc.points,
  }))
  return { periodKey: period.key, periodLabel: period.label, scope: input.scope, ...scope, access, entries, me }
}
