import { eventsContract } from '../common/contract/events'
import { createFunction } from '../common/handler'
import { eventsActions } from './actions'

/** 主题党日 and 三会一课: events, honest check-in, leave, minutes and the attendance ledger. */
export const main = createFunction(eventsContract, eventsActions)
