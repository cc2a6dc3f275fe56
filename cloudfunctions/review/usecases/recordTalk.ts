import type { TalkInput, TalkRow } from '../../common/contract/review'
import { collections } from '../../common/db/collections'
import { findMember } from '../../common/db/members'
import type { TalkDoc } from '../../common/db/models/review'
import { oncePerRequest } from '../../common/db/requests'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { dayKey } from '../../common/periods'
import { belongsTo, sitsOnCommittee } from '../../common/rules/access'
import { compileReviewFigures } from '../figures'
import { namesOf } from '../store'
import { talkRow } from '../views'

const assertDay = (on: string, now: Date): number => {
  const year = Number(on.slice(0, 4))
  const today = dayKey(now)
  if (on > today || year < Number(today.slice(0, 4)) - 1) throw new AppError('TALK_DATE_INVALID')
  return year
}

/**
 * The secretary or a 支委 records a 谈心谈话 with a member of their own
 * branch. A retried form records it once. The branch's figures are compiled
 * again, so leaders see the coverage with this talk.
 */
export const recordTalk = async (ctx: Context, input: TalkInput): Promise<TalkRow> => {
  const { db, caller, now } = ctx
  const me = caller.member
  if (!sitsOnCommittee(me, me.branchId)) throw new AppError('FORBIDDEN', '只有支部委员会成员可以记录谈心谈话')
  const talk = await oncePerRequest<TalkDoc>(
    db,
    {
      prefix: 'talk',
      collection: collections.talks.name,
      ownerId: me._id,
      requestId: input.requestId,
      isOwners: (doc) => doc.byId === me._id,
    },
    async (id) => {
      const year = assertDay(input.on, now)
      const other = await findMember(db, input.withId)
      if (!other || other._id === me._id || other.status !== 'active' || !belongsTo(other, me.branchId))
        throw new AppError('TALK_MEMBER_OUTSIDE')
      const { requestId: _requestId, ...fields } = input
      const doc: TalkDoc = {
        _id: id,
        branchId: me.branchId,
        byId: me._id,
        ...fields,
        notes: input.notes ?? '',
        year,
        createdAt: now,
      }
      await db.collection(collections.talks.name).add({ data: doc })
      return doc
    },
  )
  const [names] = await Promise.all([
    namesOf(db, [talk.byId, talk.withId]),
    compileReviewFigures(db, me.branchId, talk.year, now),
  ])
  return talkRow(talk, names)
}
