import { noticesContract } from '../common/contract/notices'
import { createFunction } from '../common/handler'
import { noticesActions, noticesTimers } from './actions'

/** Notices: publishing, reads and 签阅, receipts, reminders and subscribe messages. */
export const main = createFunction(noticesContract, noticesActions, noticesTimers)
