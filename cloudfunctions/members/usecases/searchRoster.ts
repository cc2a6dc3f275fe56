import type { RosterEntry } from '../../common/contract'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import { listBranchDocs } from '../../common/db/members'
import type { MemberDoc } from '../../common/db/models/members'
import { toRosterEntry } from '../views'
import { rosterOrder } from './listRoster'
import { grantedUnitIds } from '../../common/rules/access'

const RESULTS = 50

/** The term as a literal inside a regular expression. */
const literal = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * 名册搜索 (admin): members of every branch below the admin whose name
 * contains the term, or whose phone does when the term is digits; every
 * status, at most 50.
 */
export const searchRoster = async ({ db, caller }: Context, input: { query: string }): Promise<RosterEntry[]> => {
  const field = /^\d+$/.test(input.query) ? 'phone' : 'name'
  const units = grantedUnitIds(caller.member, 'admin')
  const [{ data }, branches] = await Promise.all([
    db
      .collection<MemberDoc>(collections.members.name)
      .where({
        [field]: db.RegExp({ regexp: literal(input.query) }),
        ...(units ? { unitIds: db.command.in(units) } : {}),
      })
      .limit(RESULTS)
      .get(),
    listBranchDocs(db),
  ])
  const byId = new Map(branches.map((branch) => [branch._id, branch]))
  return data.sort(rosterOrder).map((member) => toRosterEntry(member, byId.get(member.branchId), true))
}
