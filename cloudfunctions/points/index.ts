import { pointsContract } from '../common/contract/points'
import { createFunction } from '../common/handler'
import { pointsActions } from './actions'

/** Study points: rules, ledger, server-timed study, claims and rankings. */
export const main = createFunction(pointsContract, pointsActions)
