import type { Database } from '../../../common/db/database'
import type { PeriodRef } from '../../../common/periods'

/**
 * Pieces the pipelines share. Each source below is ONE aggregate request,
 * whatever the number of documents behind it: the database matches, joins
 * and counts; the function receives one small row per group.
 */

/** Rows one request may return; a branch has far fewer members, events or months than this. */
export const ROW_LIMIT = 1000

export const ZONE = 'Asia/Shanghai'

export const aggregateOps = (db: Database) => db.command.aggregate

/** `start` inside the period: [start, end). */
export const within = (db: Database, period: Pick<PeriodRef, 'start' | 'end'>) =>
  db.command.gte(period.start).and(db.command.lt(period.end))

/**
 * An event counts as held once its minutes are recorded, or once it has ended
 * without being cancelled: the meeting took place even if the secretary has
 * not written it up yet.
 */
export const heldExpression = (db: Database, now: Date) => {
  const $ = aggregateOps(db)
  return $.or([$.eq(['$status', 'held']), $.lte(['$end', now])])
}

/** How many entries of a joined array satisfy `cond` (written against `$$item`). */
export const countWhere = (db: Database, input: string, cond: unknown) => {
  const $ = aggregateOps(db)
  return $.size($.filter({ input, as: 'item', cond }))
}

/** The member ids of a joined array's entries that satisfy `cond`. */
export const memberIdsWhere = (db: Database, input: string, cond: unknown) => {
  const $ = aggregateOps(db)
  return $.map({ input: $.filter({ input, as: 'item', cond }), as: 'kept', in: '$$kept.memberId' })
}
