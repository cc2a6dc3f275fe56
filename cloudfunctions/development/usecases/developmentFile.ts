import type { DevelopmentFile } from '../../common/contract/development'
import type { Context } from '../../common/handler'
import { dayKey } from '../../common/periods'
import { managesBranch } from '../../common/rules/access'
import { readableFile } from '../store'
import { fileView } from '../views'

/** A person's whole file (一人一档) with what is due: for the branch committee and the leaders above it. */
export const developmentFile = async (ctx: Context, input: { personId: string }): Promise<DevelopmentFile> => {
  const { db, caller, now } = ctx
  const file = await readableFile(db, caller.member, input.personId)
  return fileView(db, file, managesBranch(caller.member, file.person.branchId), dayKey(now))
}
