import { assertTakesPart } from '../../common/rules/access'
import type { CheckInInput, CheckInResult } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { attendanceId, type CheckinDoc } from '../../common/db/models/events'
import { AppError } from '../../common/errors'
import { inZone } from '../../common/time'
import { acceptsCode } from '../rules/code'
import { judgeLocation } from '../rules/distance'
import { checkinClosed, isLate } from '../rules/schedule'
import { recordCheckin, toCheckInResult } from '../recordCheckin'
import { findCheckin, findLeave, getEventForMember, type EventWithoutAudience } from '../store'
import { placeOf } from '../../common/db/units'

const clock = (at: Date) => inZone(at).format('M月D日 HH:mm')

const assertWindow = (event: EventWithoutAudience, now: Date): void => {
  if (event.status === 'cancelled') throw new AppError('EVENT_CANCELLED', '活动已取消，无需签到')
  if (now < new Date(event.checkinOpensAt))
    throw new AppError('CHECKIN_NOT_OPEN', `签到尚未开始，${clock(new Date(event.checkinOpensAt))} 开放签到`)
  if (now > new Date(event.end))
    throw new AppError('CHECKIN_CLOSED', '活动已结束，签到已关闭，如确实到会请联系支部书记补签')
  if (checkinClosed(event, now))
    throw new AppError('CHECKIN_CLOSED', '支部书记已结束签到，如确实到会请联系支部书记补签')
}

const checkCode = (event: EventWithoutAudience, code: string | undefined, now: Date): void => {
  if (!code) throw new AppError('CHECKIN_CODE_REQUIRED')
  if (!acceptsCode(event.secret, code, now)) throw new AppError('CHECKIN_CODE_INVALID')
}

/** Returns the distance to the venue in metres when the location is accepted. */
const checkLocation = (event: EventWithoutAudience, location: CheckInInput['location']): number => {
  const { latitude, longitude, radius } = event.venue
  if (!location) throw new AppError('CHECKIN_LOCATION_REQUIRED')
  if (latitude == null || longitude == null) throw new AppError('EVENT_VENUE_LOCATION_REQUIRED')
  const verdict = judgeLocation({ latitude, longitude, radius }, location)
  if (verdict.ok) return verdict.distance
  if (verdict.reason === 'inaccurate') throw new AppError('CHECKIN_LOCATION_INACCURATE')
  throw new AppError('CHECKIN_TOO_FAR', `您距离活动地点约 ${verdict.distance} 米，超出签到范围（${radius} 米）`)
}

/** The proof the event's method asks for; 'both' needs the code and the location together. */
const verifyPresence = (event: EventWithoutAudience, input: CheckInInput, now: Date) => {
  if (event.method !== 'location') checkCode(event, input.code, now)
  const distance = event.method === 'code' ? null : checkLocation(event, input.location)
  return {
    method: event.method === 'location' ? ('location' as const) : ('code' as const),
    distance,
    accuracy: distance === null ? null : (input.location?.accuracy ?? null),
  }
}

/**
 * A member's own check-in, decided by the server clock. A retried request
 * (the member tapped twice, the network repeated it) gets the existing
 * check-in back as a success.
 */
export const checkIn = async ({ db, caller, now }: Context, input: CheckInInput): Promise<CheckInResult> => {
  const member = caller.member
  // All by id and independent: one round trip instead of three.
  const [{ event, expected }, existing, leave] = await Promise.all([
    getEventForMember(db, input.eventId, member._id),
    findCheckin(db, input.eventId, member._id),
    findLeave(db, input.eventId, member._id),
  ])
  assertTakesPart(member, 'event', await placeOf(db, member, event.branchId), '不能签到其他支部的活动')
  if (existing) return toCheckInResult(existing, false)
  if (!expected) throw new AppError('CHECKIN_NOT_EXPECTED')
  assertWindow(event, now)
  const presence = verifyPresence(event, input, now)
  const checkin: CheckinDoc = {
    _id: attendanceId(event._id, member._id),
    eventId: event._id,
    branchId: event.branchId,
    memberId: member._id,
    at: now,
    late: isLate(event, now),
    ...presence,
    makeup: null,
  }
  return recordCheckin(db, { event, checkin, leave, grantedBy: 'system' }, now)
}
