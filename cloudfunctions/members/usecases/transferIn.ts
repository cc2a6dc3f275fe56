import type { RosterEntry } from '../../common/contract'
import { collections } from '../../common/db/collections'
import { findBranch } from '../../common/db/members'
import type { MemberDoc } from '../../common/db/models/members'
import { pathIds } from '../../common/db/models/units'
import { requestRecordId } from '../../common/db/requests'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { dayKey } from '../../common/periods'
import { administers } from '../../common/rules/access'
import { toRosterEntry } from '../views'

interface TransferIn {
  name: string
  phone: string
  branchId: string
  joinedOn: string
  probationary?: boolean
  origin: string
  letterNo: string
  on: string
  requestId?: string
}

/**
 * A member whose 组织关系 arrives from another organisation joins a branch of
 * the admin's subtree, unbound; the history says where they came from.
 */
export const transferIn = async ({ db, caller, now }: Context, input: TransferIn): Promise<RosterEntry> => {
  const branch = await findBranch(db, input.branchId)
  if (!branch || !administers(caller.member, branch)) throw new AppError('NOT_FOUND', '目标支部不存在')
  if (input.on > dayKey(now) || input.joinedOn > input.on)
    throw new AppError('MEMBERSHIP_DATE_INVALID', '转入日期不能晚于今天，入党日期不能晚于转入日期', 'on')
  const { data: taken } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ phone: input.phone, status: 'active' })
    .limit(1)
    .get()
  if (taken.length) throw new AppError('MEMBERSHIP_PHONE_TAKEN')
  const member: MemberDoc = {
    _id: requestRecordId('m', caller.member._id, input.requestId),
    name: input.name,
    phone: input.phone,
    branchId: branch._id,
    unitIds: pathIds(branch),
    groupId: null,
    roles: [],
    joinedOn: input.joinedOn,
    ...(input.probationary ? { probationary: true } : {}),
    status: 'active',
    openid: null,
    boundAt: null,
    createdAt: now,
  }
  const from = `转入：${input.origin}（介绍信 ${input.letterNo}，${input.on}）`
  await db.runTransaction(async (tx) => {
    const { _id, ...fields } = member
    await tx.collection(collections.members.name).doc(_id).set({ data: fields })
    await tx
      .collection(collections.memberHistory.name)
      .add({ data: { memberId: _id, at: now, by: caller.member._id, change: 'status', from, to: branch.name } })
  })
  return toRosterEntry(member, branch, true)
}
