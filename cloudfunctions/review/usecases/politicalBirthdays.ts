import type { BirthdayMonth } from '../../common/contract/birthdays'
import { listBranchMembers } from '../../common/db/members'
import type { Context } from '../../common/handler'
import { assertManagesBranch } from '../../common/rules/access'
import { birthdayMonths, birthdaysIn } from '../rules/birthdays'

/** The secretary's 政治生日 list: this month's and next month's members of the branch. */
export const politicalBirthdays = async ({ db, caller, now }: Context): Promise<BirthdayMonth[]> => {
  assertManagesBranch(caller.member, caller.member.branchId)
  return birthdaysIn(await listBranchMembers(db, caller.member.branchId), birthdayMonths(now))
}
