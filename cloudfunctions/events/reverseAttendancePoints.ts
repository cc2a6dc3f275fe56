import { EVENT_TYPE_LABELS } from '../common/contract/eventTypes'
import { collections } from '../common/db/collections'
import type { EventDoc } from '../common/db/models/events'
import type { LedgerDoc } from '../common/db/models/points'
import { AppError } from '../common/errors'
import type { Context } from '../common/handler'
// The points function's own reversal, reused as is: a reversal entry per grant, never a deletion.
import { reverseEntry } from '../points/usecases/reverseEntry'
import { attendancePointsKey } from './attendancePoints'
import { checkinsOfEvent } from './store'

const IN_CHUNK = 500

/** The event's attendance grants that still carry points (a capped-to-zero grant has nothing to reverse). */
const grantsOf = async (ctx: Context, event: EventDoc): Promise<LedgerDoc[]> => {
  const keys = (await checkinsOfEvent(ctx.db, event._id)).map((c) => attendancePointsKey(event._id, c.memberId))
  const chunks = await Promise.all(
    Array.from({ length: Math.ceil(keys.length / IN_CHUNK) }, (_, index) =>
      ctx.db
        .collection<LedgerDoc>(collections.pointsLedger.name)
        .where({ _id: ctx.db.command.in(keys.slice(index * IN_CHUNK, (index + 1) * IN_CHUNK)) })
        .limit(1000)
        .get(),
    ),
  )
  return chunks.flatMap(({ data }) => data).filter((entry) => entry.points !== 0)
}

/**
 * A cancelled event earns nothing: every attendance grant it made is
 * reversed by the points ledger's reversal entry (the check-ins stay as
 * history). Already reversed entries are skipped, so a retry completes the
 * job. Answers the members whose points were taken back.
 */
export const reverseAttendancePoints = async (ctx: Context, event: EventDoc): Promise<string[]> => {
  const reason = `活动已取消（${EVENT_TYPE_LABELS[event.type]}：${event.title}）`
  const reversed: string[] = []
  for (const entry of await grantsOf(ctx, event)) {
    try {
      await reverseEntry(ctx, { entryId: entry._id, reason })
      reversed.push(entry.memberId)
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'POINTS_ALREADY_REVERSED')) throw error
    }
  }
  return reversed
}
