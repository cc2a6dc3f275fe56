import { collections } from '../../../common/db/collections'
import type { Database } from '../../../common/db/database'
import type { PeriodRef } from '../../../common/periods'
import { aggregateOps, countWhere, ROW_LIMIT, within } from './shared'

export interface NoticeTotals {
  notices: number
  reads: number
  ackNotices: number
  acks: number
}

const NONE: NoticeTotals = { notices: 0, reads: 0, ackNotices: 0, acks: 0 }

/**
 * Notices published to the branch in the period, with the reads and 签阅 of
 * the branch's members. Each notice's count is capped at the branch's head
 * count, so a member who moved in and read it too cannot push a rate past 100%.
 */
export const noticeTotals = async (
  db: Database,
  branchId: string,
  period: PeriodRef,
  members: number,
): Promise<NoticeTotals> => {
  const $ = aggregateOps(db)
  const ofBranch = $.eq(['$$item.branchId', branchId])
  const { list } = await db
    .collection<NoticeTotals>(collections.notices.name)
    .aggregate()
    .match({ branchIds: branchId, status: 'published', publishedAt: within(db, period) })
    .lookup({ from: collections.noticeReads.name, localField: '_id', foreignField: 'noticeId', as: 'reads' })
    .lookup({ from: collections.noticeAcks.name, localField: '_id', foreignField: 'noticeId', as: 'acks' })
    .project({
      requiresAck: 1,
      reads: $.min([countWhere(db, '$reads', ofBranch), members]),
      acks: $.min([countWhere(db, '$acks', ofBranch), members]),
    })
    .group({
      _id: null,
      notices: $.sum(1),
      reads: $.sum('$reads'),
      ackNotices: $.sum($.cond({ if: '$requiresAck', then: 1, else: 0 })),
      acks: $.sum($.cond({ if: '$requiresAck', then: '$acks', else: 0 })),
    })
    .limit(ROW_LIMIT)
    .end()
  return list[0] ?? NONE
}
