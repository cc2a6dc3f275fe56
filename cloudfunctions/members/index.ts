import { membersContract } from '../common/contract/members'
import { createFunction } from '../common/handler'
import { membersActions } from './actions'

/** Roster, binding and roles. */
export const main = createFunction(membersContract, membersActions)
