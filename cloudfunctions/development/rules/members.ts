import type { StepInput } from '../../common/contract/development'
import type { MemberDoc } from '../../common/db/models/members'
import { AppError } from '../../common/errors'

const assertAmong = (ids: readonly string[], allowed: readonly MemberDoc[], message: string): void => {
  const known = new Set(allowed.map((member) => member._id))
  if (ids.some((id) => !known.has(id))) throw new AppError('DEVELOPMENT_MEMBER_INVALID', message)
  if (new Set(ids).size !== ids.length) throw new AppError('DEVELOPMENT_MEMBER_INVALID', `${message}，且不能重复`)
}

/**
 * The members a step names are the branch's own: any active member may hold
 * the 入党谈话; 培养联系人 and 入党介绍人 must be 正式党员.
 */
export const checkNamedMembers = (input: StepInput, branchMembers: readonly MemberDoc[]): void => {
  const full = branchMembers.filter((member) => !member.probationary)
  if (input.kind === 'talk') assertAmong([input.talkerId], branchMembers, '谈话人须为本支部党员')
  if (input.kind === 'activist') assertAmong(input.contactIds, full, '培养联系人须为本支部正式党员')
  if (input.kind === 'introducers') assertAmong(input.introducerIds, full, '入党介绍人须为本支部正式党员')
}
