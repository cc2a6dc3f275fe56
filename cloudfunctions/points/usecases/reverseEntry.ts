import type { LedgerEntry } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { AppError, isDuplicateKeyError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { LedgerDoc } from '../../common/db/models/points'
import { assertManagesOrAdministers, missing } from '../../common/rules/access'
import { readMemberTotals, recordEntry } from '../../common/points/totals'
import { readInTransaction } from '../../common/points/txRead'
import { reversalKey } from '../reversal'
import { memberNames, toLedgerEntry } from '../views'
import { placeOf } from '../../common/db/units'

const findEntry = async (ctx: Context, entryId: string): Promise<LedgerDoc> => {
  const { data } = await ctx.db
    .collection<LedgerDoc>(collections.pointsLedger.name)
    .where({ _id: entryId })
    .limit(1)
    .get()
  if (!data[0]) throw missing('entry')
  return data[0]
}

const assertMayReverse = async (ctx: Context, entry: LedgerDoc) => {
  const me = ctx.caller.member
  assertManagesOrAdministers(me, 'entry', await placeOf(ctx.db, me, entry.branchId), '只能冲正本支部的积分记录')
  if (entry.status === 'reversal' || entry.points === 0) throw new AppError('POINTS_NOT_REVERSIBLE')
}

/**
 * Cancels an entry by appending its opposite. The reversal counts in the
 * original's periods (so the mistaken month is the one corrected) and its
 * key makes a second reversal impossible.
 */
export const reverseEntry = async (ctx: Context, input: { entryId: string; reason: string }): Promise<LedgerEntry> => {
  const original = await findEntry(ctx, input.entryId)
  await assertMayReverse(ctx, original)
  const reversal: LedgerDoc = {
    ...original,
    _id: reversalKey(original._id),
    points: -original.points,
    requestedPoints: -original.points,
    reason: `冲正：${input.reason}`,
    capMessage: null,
    source: { kind: 'ledger', id: original._id },
    status: 'reversal',
    reversalOf: original._id,
    createdBy: ctx.caller.member._id,
    createdAt: ctx.now,
  }
  try {
    await ctx.db.runTransaction(async (tx) => {
      const [earlier, totals] = await Promise.all([
        readInTransaction(tx, collections.pointsLedger.name, reversal._id),
        readMemberTotals(tx, original.memberId, original.periods),
      ])
      if (earlier) throw new AppError('POINTS_ALREADY_REVERSED')
      await recordEntry(tx, reversal, totals)
    })
  } catch (error) {
    if (isDuplicateKeyError(error)) throw new AppError('POINTS_ALREADY_REVERSED')
    throw error
  }
  return toLedgerEntry(reversal, await memberNames(ctx.db, [reversal.createdBy]), null)
}
