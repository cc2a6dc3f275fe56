/**
 * The burst's organisation: one branch of BURST_MEMBERS bound members and a
 * secretary, and one 主题党日 open for code check-in that expects all of them.
 * Written straight into the store in bulk: createEvent caps an audience at
 * 1,000 members (listBranchMembers' page), and the burst is about check-in,
 * not about creating the event.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { unitUnder, type BranchUnitDoc } from '../../cloudfunctions/common/db/models/units'
import { newEventSecret } from '../../cloudfunctions/events/rules/code'

export const BURST_BRANCH = 'bench-b1'
export const BURST_EVENT = 'bench-event-theme-day'
/** The same members arriving at a steady pace instead of all at once (see runBurst). */
export const PACED_EVENT = 'bench-event-paced'
/** Warms the server's code paths before anything is timed; its check-ins are not counted. */
export const WARMUP_EVENT = 'bench-event-warmup'
export const SECRETARY_OPENID = 'bench-secretary'
export const memberOpenid = (index: number) => `bench-m${index}`

const HOUR = 3600 * 1000

/** A bound member; `secretary` also gives the committee and secretary roles. */
export const benchMember = (
  ids: { _id: string; openid: string; branchId: string },
  index: number,
  now: Date,
  secretary = false,
): MemberDoc => ({
  ...ids,
  unitIds: [ids.branchId],
  name: `党员${index}`,
  phone: `139${String(index).padStart(8, '0')}`,
  groupId: null,
  roles: secretary ? ['member', 'committee', 'secretary'] : ['member'],
  joinedOn: '2010-07-01',
  status: 'active',
  boundAt: now,
  createdAt: now,
})

const member = (index: number, now: Date): MemberDoc =>
  benchMember(
    {
      _id: `bench-member-${index}`,
      openid: index === 0 ? SECRETARY_OPENID : memberOpenid(index),
      branchId: BURST_BRANCH,
    },
    index,
    now,
    index === 0,
  )

/** A 主题党日 of `branchId`, open for code check-in from a quarter of an hour before `now`. */
export const themeDay = (_id: string, memberIds: string[], now: Date, branchId = BURST_BRANCH): EventDoc => ({
  _id,
  branchId,
  groupId: null,
  type: 'theme_day',
  title: '主题党日：压力测试',
  agenda: '',
  venue: { name: '党员活动室', latitude: null, longitude: null, radius: 200 },
  start: new Date(now.getTime() + HOUR / 4),
  end: new Date(now.getTime() + 3 * HOUR),
  checkinOpensAt: new Date(now.getTime() - HOUR / 4),
  lateAfter: new Date(now.getTime() + HOUR),
  method: 'code',
  expectedMemberIds: memberIds,
  expectedCount: memberIds.length,
  status: 'planned',
  secret: newEventSecret(),
  minutes: null,
  createdBy: 'bench-member-0',
  createdAt: now,
  updatedAt: now,
  cancelledAt: null,
  cancelledBy: null,
  cancelReason: null,
})

/** Creates the branch, members 1..count (plus the secretary, index 0), the open event and the warm-up event. */
export const writeBurstFixture = async (db: Database, count: number, now = new Date()): Promise<void> => {
  const branch: BranchUnitDoc = unitUnder(null, { _id: BURST_BRANCH, kind: 'branch', name: '压测支部', order: 1 }, now)
  await db.collection(collections.units.name).add({ data: branch })
  const members = Array.from({ length: count + 1 }, (_, index) => member(index, now))
  for (let start = 0; start < members.length; start += 1000)
    await db.collection(collections.members.name).add({ data: members.slice(start, start + 1000) })
  const expected = members.slice(1).map((doc) => doc._id)
  await db.collection(collections.events.name).add({ data: themeDay(BURST_EVENT, expected, now) })
  await db.collection(collections.events.name).add({ data: themeDay(WARMUP_EVENT, expected, now) })
  await db.collection(collections.events.name).add({ data: themeDay(PACED_EVENT, expected, now) })
}
