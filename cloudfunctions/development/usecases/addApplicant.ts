import type { ApplicantInput, DevelopmentFile } from '../../common/contract/development'
import { collections } from '../../common/db/collections'
import type { DevelopmentPersonDoc } from '../../common/db/models/development'
import type { MemberDoc } from '../../common/db/models/members'
import { oncePerRequest } from '../../common/db/requests'
import { AppError, isDuplicateKeyError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { dayKey } from '../../common/periods'
import { addMonths } from '../rules/days'
import { dueSteps, nextDueOn } from '../rules/due'
import { peopleOf } from '../store'
import { fileView } from '../views'

const ADULT_YEARS = 18

const assertDates = (input: ApplicantInput, today: string): void => {
  if (input.appliedOn > today) throw new AppError('DEVELOPMENT_DATE_INVALID', '入党申请日期不能晚于今天')
  if (addMonths(input.birthDate, ADULT_YEARS * 12) > input.appliedOn)
    throw new AppError('DEVELOPMENT_DATE_INVALID', '申请入党时须年满十八周岁')
}

/** One file per person: a phone already on file or on the roster is the same person. */
const assertNewPerson = async (ctx: Context, phone: string): Promise<void> => {
  const { db } = ctx
  const [people, members] = await Promise.all([
    peopleOf(db).where({ phone }).field({ _id: true }).limit(1).get(),
    db.collection<MemberDoc>(collections.members.name).where({ phone }).field({ _id: true }).limit(1).get(),
  ])
  if (people.data.length) throw new AppError('DEVELOPMENT_DUPLICATE')
  if (members.data.length) throw new AppError('DEVELOPMENT_DUPLICATE', '该手机号已在党员名册中')
}

/** The secretary opens the file of someone who applied to join the Party (入党申请人) in their branch. */
export const addApplicant = async (ctx: Context, input: ApplicantInput): Promise<DevelopmentFile> => {
  const { db, caller, now } = ctx
  const me = caller.member
  const today = dayKey(now)
  const person = await oncePerRequest<DevelopmentPersonDoc>(
    db,
    {
      prefix: 'p',
      collection: collections.developmentPeople.name,
      ownerId: me._id,
      requestId: input.requestId,
      isOwners: (doc) => doc.createdBy === me._id,
    },
    async (id) => {
      assertDates(input, today)
      await assertNewPerson(ctx, input.phone)
      const doc: DevelopmentPersonDoc = {
        _id: id,
        branchId: me.branchId,
        unitIds: me.unitIds,
        name: input.name,
        phone: input.phone,
        birthDate: input.birthDate,
        stage: 'applicant',
        appliedOn: input.appliedOn,
        activistOn: null,
        candidateOn: null,
        admissionVoteOn: null,
        joinedOn: null,
        probationEndsOn: null,
        extended: false,
        fullOn: null,
        memberId: null,
        nextDueOn: null,
        createdBy: me._id,
        createdAt: now,
        updatedAt: now,
      }
      doc.nextDueOn = nextDueOn(dueSteps({ person: doc, steps: [] }, today))
      try {
        await peopleOf(db).add({ data: doc })
      } catch (error) {
        // Two secretaries filing the same phone at once: the unique index decides.
        if (isDuplicateKeyError(error) && /index: phone\b/.test(String(error)))
          throw new AppError('DEVELOPMENT_DUPLICATE')
        throw error
      }
      return doc
    },
  )
  return fileView(db, { person, steps: [] }, true, today)
}
