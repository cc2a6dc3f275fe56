import { CATEGORY_LABELS, type CapProgress, type MyPoints } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { entryPeriods, memberTotalsId, type MemberTotalsDoc, type RulesDoc } from '../../common/db/models/points'
import { currentRules } from '../../common/points/rules'
import { rankingAccess, readPointsSettings } from '../settings'

const capProgress = (rules: RulesDoc, day: MemberTotalsDoc | undefined, month: MemberTotalsDoc | undefined) =>
  rules.categories.flatMap((rule): CapProgress[] => {
    const label = CATEGORY_LABELS[rule.category]
    const rows: CapProgress[] = []
    if (rule.dailyCap !== null)
      rows.push({
        category: rule.category,
        label,
        period: 'day',
        used: day?.byCategory[rule.category] ?? 0,
        cap: rule.dailyCap,
      })
    if (rule.monthlyCap !== null)
      rows.push({
        category: rule.category,
        label,
        period: 'month',
        used: month?.byCategory[rule.category] ?? 0,
        cap: rule.monthlyCap,
      })
    return rows
  })

/** Competition rank within the branch this month: members with more points, plus one. */
const branchRank = async (db: Database, month: MemberTotalsDoc | undefined): Promise<MyPoints['branchRank']> => {
  if (!month) return null
  const totals = db.collection(collections.pointsTotals.name)
  const scope = { periodKey: month.periodKey, branchId: month.branchId }
  const [{ total: above }, { total: of }] = await Promise.all([
    totals.where({ ...scope, points: db.command.gt(month.points) }).count(),
    totals.where(scope).count(),
  ])
  return { rank: above + 1, of }
}

/** The caller's totals, read from the running totals (never by scanning the ledger). */
export const myPoints = async ({ db, caller, now }: Context): Promise<MyPoints> => {
  const memberId = caller.member._id
  const periods = entryPeriods(now)
  const ids = [periods.day, periods.month, periods.quarter, periods.year].map((key) => memberTotalsId(memberId, key))
  const [{ data }, rules, settings] = await Promise.all([
    db
      .collection<MemberTotalsDoc>(collections.pointsTotals.name)
      .where({ _id: db.command.in(ids) })
      .get(),
    currentRules(db),
    readPointsSettings(db),
  ])
  const ranking = rankingAccess(caller.member, settings)
  const byKey = new Map(data.map((doc) => [doc.periodKey, doc]))
  const month = byKey.get(periods.month)
  return {
    today: byKey.get(periods.day)?.points ?? 0,
    month: month?.points ?? 0,
    quarter: byKey.get(periods.quarter)?.points ?? 0,
    year: byKey.get(periods.year)?.points ?? 0,
    caps: capProgress(rules, byKey.get(periods.day), month),
    branchRank: ranking === 'none' ? null : await branchRank(db, month),
    ranking,
  }
}
