import { statsContract } from '../common/contract/stats'
import { createFunction } from '../common/handler'
import { statsActions, statsTimers } from './actions'

/** Branch statistics: compiled in the database, stored as snapshots, read by leaders and secretaries. */
export const main = createFunction(statsContract, statsActions, statsTimers)
