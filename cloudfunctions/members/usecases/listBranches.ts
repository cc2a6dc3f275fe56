import type { Branch } from '../../common/contract'
import type { Context } from '../../common/handler'
import { listBranchDocs } from '../../common/db/members'

export const listBranches = async ({ db }: Context): Promise<Branch[]> =>
  (await listBranchDocs(db)).map((branch) => ({ id: branch._id, name: branch.name, groups: branch.groups }))
