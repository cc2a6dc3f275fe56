import { EVENT_TYPE_AUDIENCE, type EventType } from '../common/contract/eventTypes'
import type { EventInput } from '../common/contract/events'
import type { Database } from '../common/db/database'
import { findBranch, listBranchMembers } from '../common/db/members'
import type { EventPlan } from '../common/db/models/events'
import type { MemberDoc } from '../common/db/models/members'
import type { BranchUnitDoc } from '../common/db/models/units'
import { AppError } from '../common/errors'

/** How far back an event may be entered (a meeting recorded after the fact) and how far ahead planned. */
const MAX_PAST_DAYS = 31
const MAX_FUTURE_DAYS = 366
const DAY_MS = 24 * 3600 * 1000

/** The fields of an event that the secretary's form decides; the rest is bookkeeping. */

const checkSchedule = (start: Date, end: Date, now: Date): void => {
  if (start.getTime() < now.getTime() - MAX_PAST_DAYS * DAY_MS)
    throw new AppError('EVENT_SCHEDULE_INVALID', `开始时间不能早于 ${MAX_PAST_DAYS} 天前`)
  if (start.getTime() > now.getTime() + MAX_FUTURE_DAYS * DAY_MS)
    throw new AppError('EVENT_SCHEDULE_INVALID', '开始时间不能晚于一年以后')
  if (end <= start) throw new AppError('EVENT_SCHEDULE_INVALID', '结束时间必须晚于开始时间')
}

const checkGroup = (branch: BranchUnitDoc, type: EventType, groupId: string | null): void => {
  if (type === 'group_meeting' && !groupId) throw new AppError('EVENT_GROUP_REQUIRED')
  if (groupId && !branch.groups.some((group) => group.id === groupId))
    throw new AppError('EVENT_GROUP_REQUIRED', '所选党小组不属于本支部')
}

/** The type's default audience among the branch's active members. */
export const defaultAttendees = (members: MemberDoc[], type: EventType, groupId: string | null): MemberDoc[] => {
  const audience = EVENT_TYPE_AUDIENCE[type]
  if (audience === 'committee')
    return members.filter((member) => member.roles.includes('committee') || member.roles.includes('secretary'))
  if (audience === 'group') return members.filter((member) => member.groupId === groupId)
  return members
}

const resolveAttendees = (members: MemberDoc[], input: EventInput, groupId: string | null): string[] => {
  if (!input.expectedMemberIds) return defaultAttendees(members, input.type, groupId).map((member) => member._id)
  const active = new Set(members.map((member) => member._id))
  const chosen = [...new Set(input.expectedMemberIds)]
  if (chosen.some((memberId) => !active.has(memberId))) throw new AppError('EVENT_ATTENDEES_INVALID')
  return chosen
}

/** The venue as stored; location check-in needs its coordinates. */
const venueOf = (input: EventInput) => {
  const { name, latitude = null, longitude = null, radius } = input.venue
  if (input.method !== 'code' && (latitude === null || longitude === null))
    throw new AppError('EVENT_VENUE_LOCATION_REQUIRED')
  return { name, latitude, longitude, radius }
}

/** Checks a create or edit form against the branch and the clock; throws before anything is written. */
export const planEvent = async (db: Database, branchId: string, input: EventInput, now: Date): Promise<EventPlan> => {
  const start = new Date(input.start)
  const end = new Date(input.end)
  checkSchedule(start, end, now)
  const branch = await findBranch(db, branchId)
  if (!branch) throw new AppError('NOT_FOUND', '支部不存在')
  const groupId = input.groupId ?? null
  checkGroup(branch, input.type, groupId)
  const venue = venueOf(input)
  const expectedMemberIds = resolveAttendees(await listBranchMembers(db, branchId), input, groupId)
  if (!expectedMemberIds.length) throw new AppError('EVENT_ATTENDEES_INVALID', '参会人员不能为空')
  const lateAfter = new Date(start.getTime() + input.lateAfterMinutes * 60000)
  if (lateAfter > end) throw new AppError('EVENT_SCHEDULE_INVALID', '迟到判定时间不能晚于结束时间')
  return {
    type: input.type,
    title: input.title,
    agenda: input.agenda ?? '',
    venue,
    start,
    end,
    checkinOpensAt: new Date(start.getTime() - input.opensBeforeMinutes * 60000),
    lateAfter,
    groupId,
    method: input.method,
    expectedMemberIds,
    expectedCount: expectedMemberIds.length,
  }
}
