import { collections } from '../../../common/db/collections'
import type { Database } from '../../../common/db/database'
import type { PeriodRef } from '../../../common/periods'
import { aggregateOps, heldExpression, memberIdsWhere, ROW_LIMIT, within } from './shared'

/** One member's attendance over the period's held events. */
export interface MemberAttendanceRow {
  _id: string
  expected: number
  attended: number
  late: number
  approvedLeave: number
}

/**
 * Per expected member: held events expected at, attended, late, on approved
 * leave. Each held event is joined with its check-ins and leave, then split
 * per expected member and summed per member, all in one request.
 */
export const memberAttendance = async (
  db: Database,
  branchId: string,
  period: PeriodRef,
  now: Date,
): Promise<MemberAttendanceRow[]> => {
  const $ = aggregateOps(db)
  const countIf = (list: string) => $.sum($.cond({ if: $.in(['$memberId', list]), then: 1, else: 0 }))
  const { list } = await db
    .collection<MemberAttendanceRow>(collections.events.name)
    .aggregate()
    .match({ branchId, start: within(db, period), status: db.command.neq('cancelled') })
    .addFields({ held: heldExpression(db, now) })
    .match({ held: true })
    .lookup({ from: collections.checkins.name, localField: '_id', foreignField: 'eventId', as: 'checkins' })
    .lookup({ from: collections.leaves.name, localField: '_id', foreignField: 'eventId', as: 'leaves' })
    .project({
      memberId: '$expectedMemberIds',
      attendedIds: $.map({ input: '$checkins', as: 'item', in: '$$item.memberId' }),
      lateIds: memberIdsWhere(db, '$checkins', $.eq(['$$item.late', true])),
      leaveIds: memberIdsWhere(db, '$leaves', $.eq(['$$item.status', 'approved'])),
    })
    .unwind('$memberId')
    .group({
      _id: '$memberId',
      expected: $.sum(1),
      attended: countIf('$attendedIds'),
      late: countIf('$lateIds'),
      approvedLeave: countIf('$leaveIds'),
    })
    .limit(ROW_LIMIT)
    .end()
  return list
}
