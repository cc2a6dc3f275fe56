import type { LedgerPage } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import { getMember } from '../../common/db/members'
import type { LedgerDoc } from '../../common/db/models/points'
import { assertManagesRecord, readsUnit } from '../../common/rules/access'
import { reversalKey } from '../reversal'
import { memberNames, toLedgerEntry } from '../views'
import { homePlace } from '../../common/db/models/units'

const PAGE_SIZE = 20

/** Whose ledger the caller may read: their own; their branch's members (secretary); anyone below them (leader, admin). */
const assertMayRead = async (ctx: Context, memberId: string) => {
  const me = ctx.caller.member
  if (memberId === me._id) return
  const place = homePlace(await getMember(ctx.db, memberId))
  if (!readsUnit(me, place)) assertManagesRecord(me, 'member', place, '只能查看本支部党员的积分记录')
}

/** A member's ledger, newest first, with each entry's reversal if it has one. */
export const listEntries = async (ctx: Context, input: { memberId?: string; before?: string }): Promise<LedgerPage> => {
  const { db } = ctx
  const memberId = input.memberId ?? ctx.caller.member._id
  await assertMayRead(ctx, memberId)
  const filter = input.before ? { memberId, createdAt: db.command.lt(new Date(input.before)) } : { memberId }
  const { data } = await db
    .collection<LedgerDoc>(collections.pointsLedger.name)
    .where(filter)
    .orderBy('createdAt', 'desc')
    .limit(PAGE_SIZE)
    .get()
  const reversalIds = data.filter((doc) => doc.status !== 'reversal').map((doc) => reversalKey(doc._id))
  const [reversals, names] = await Promise.all([
    reversalIds.length
      ? db
          .collection<LedgerDoc>(collections.pointsLedger.name)
          .where({ _id: db.command.in(reversalIds) })
          .field({ _id: true })
          .get()
      : Promise.resolve({ data: [] as LedgerDoc[] }),
    memberNames(
      db,
      data.map((doc) => doc.createdBy),
    ),
  ])
  const reversed = new Set(reversals.data.map((doc) => doc._id))
  const entries = data.map((doc) =>
    toLedgerEntry(doc, names, reversed.has(reversalKey(doc._id)) ? reversalKey(doc._id) : null),
  )
  const last = data[data.length - 1]
  return { entries, nextBefore: data.length === PAGE_SIZE && last ? new Date(last.createdAt).toISOString() : null }
}
