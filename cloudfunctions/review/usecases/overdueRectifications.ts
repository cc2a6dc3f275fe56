import type { RectificationRow } from '../../common/contract/lifeMeeting'
import type { Context } from '../../common/handler'
import { dayKey } from '../../common/periods'
import { assertManagesBranch } from '../../common/rules/access'
import { rectificationRows, rectificationsOf } from '../lifeMeetings'

/** The secretary's 首页: the branch's open 整改 items past their deadline, oldest deadline first. */
export const overdueRectifications = async ({ db, caller, now }: Context): Promise<RectificationRow[]> => {
  assertManagesBranch(caller.member, caller.member.branchId)
  const { data } = await rectificationsOf(db)
    .where({ branchId: caller.member.branchId, status: 'open', deadline: db.command.lt(dayKey(now)) })
    .orderBy('deadline', 'asc')
    .limit(100)
    .get()
  return rectificationRows(db, data, now)
}
