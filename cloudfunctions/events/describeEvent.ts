import type { EventDetail } from '../common/contract/events'
import type { Database } from '../common/db/database'
import { findBranch, findMember } from '../common/db/members'
import type { EventDoc } from '../common/db/models/events'
import type { MemberDoc } from '../common/db/models/members'
import { findCheckin, findLeave } from './store'
import { toDetail, toStanding } from './views'

/** An event as `viewer` sees it, with their own standing. */
export const describeEvent = async (
  db: Database,
  event: EventDoc,
  viewer: MemberDoc,
  now: Date,
): Promise<EventDetail> => {
  const [branch, checkin, leave, recorder] = await Promise.all([
    findBranch(db, event.branchId),
    findCheckin(db, event._id, viewer._id),
    findLeave(db, event._id, viewer._id),
    event.minutes ? findMember(db, event.minutes.recordedBy) : Promise.resolve(null),
  ])
  const me = toStanding(event, viewer._id, checkin, leave, now)
  return toDetail(event, { viewer, branch, me, recordedByName: recorder?.name ?? '', now })
}
