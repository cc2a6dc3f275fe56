import type { Venue } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { eventsOf } from '../store'

/** How many of the branch's latest events are looked at: a year of meetings and then some. */
const RECENT_EVENTS = 100

/**
 * 常用地点: the venues of the secretary's own branch's recent events, newest
 * first, one per name (its latest coordinates and radius, the latest use that had coordinates). On h5, where there
 * is no WeChat map picker, the event form offers these instead of raw
 * latitude and longitude boxes.
 */
export const listVenues = async ({ db, caller }: Context): Promise<Venue[]> => {
  const { data } = await eventsOf(db)
    .where({ branchId: caller.member.branchId })
    .orderBy('start', 'desc')
    .field({ venue: true })
    .limit(RECENT_EVENTS)
    .get()
  const byName = new Map<string, Venue>()
  for (const { venue } of data) {
    const kept = byName.get(venue.name)
    // A later use without coordinates does not hide an earlier one that had them.
    if (!kept || (kept.latitude == null && venue.latitude != null)) byName.set(venue.name, { ...venue })
  }
  return [...byName.values()]
}
