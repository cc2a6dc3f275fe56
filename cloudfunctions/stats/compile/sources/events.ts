import type { EventType } from '../../../common/contract/eventTypes'
import { collections } from '../../../common/db/collections'
import type { Database } from '../../../common/db/database'
import type { PeriodRef } from '../../../common/periods'
import { aggregateOps, countWhere, heldExpression, ROW_LIMIT, within, ZONE } from './shared'

/** One event of the period with its attendance counted in the database. */
export interface EventRow {
  _id: string
  type: EventType
  groupId: string | null
  title: string
  start: Date
  month: string
  held: boolean
  expected: number
  checkedIn: number
  late: number
  approvedLeave: number
}

/**
 * The branch's events starting in the period (cancelled ones excluded), each
 * joined with its check-ins and leave requests and reduced to counts.
 */
export const eventRows = async (db: Database, branchId: string, period: PeriodRef, now: Date): Promise<EventRow[]> => {
  const $ = aggregateOps(db)
  const { list } = await db
    .collection<EventRow>(collections.events.name)
    .aggregate()
    .match({ branchId, start: within(db, period), status: db.command.neq('cancelled') })
    .lookup({ from: collections.checkins.name, localField: '_id', foreignField: 'eventId', as: 'checkins' })
    .lookup({ from: collections.leaves.name, localField: '_id', foreignField: 'eventId', as: 'leaves' })
    .project({
      type: 1,
      groupId: 1,
      title: 1,
      start: 1,
      month: $.dateToString({ date: '$start', format: '%Y-%m', timezone: ZONE }),
      held: heldExpression(db, now),
      expected: '$expectedCount',
      checkedIn: $.size('$checkins'),
      late: countWhere(db, '$checkins', $.eq(['$$item.late', true])),
      approvedLeave: countWhere(db, '$leaves', $.eq(['$$item.status', 'approved'])),
    })
    .sort({ start: 1 })
    .limit(ROW_LIMIT)
    .end()
  return list
}
