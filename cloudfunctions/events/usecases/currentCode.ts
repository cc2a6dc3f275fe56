import type { CurrentCode } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { assertManagesRecord } from '../../common/rules/access'
import { checkinQr } from '../checkinQr'
import { codeForSlot, slotAt, slotEndsAt } from '../rules/code'
import { windowOpen } from '../rules/schedule'
import { getEventDoc } from '../store'
import { placeOf } from '../../common/db/units'

/** The secretary's check-in screen polls this: the code of the current 20-second slot. */
export const currentCode = async ({ db, caller, now }: Context, input: { eventId: string }): Promise<CurrentCode> => {
  const event = await getEventDoc(db, input.eventId)
  assertManagesRecord(caller.member, 'event', await placeOf(db, caller.member, event.branchId))
  if (event.status === 'cancelled') throw new AppError('EVENT_CANCELLED')
  const base = {
    eventId: event._id,
    title: event.title,
    checkinOpensAt: new Date(event.checkinOpensAt).toISOString(),
    end: new Date(event.end).toISOString(),
    serverNow: now.toISOString(),
  }
  if (!windowOpen(event, now))
    return { ...base, open: false, code: null, qrImage: null, qrKind: null, path: null, slotEndsAt: null }
  const slot = slotAt(now)
  const code = codeForSlot(event.secret, slot)
  const qr = await checkinQr(event._id, code, slot)
  const slotEnd = slotEndsAt(slot).toISOString()
  return { ...base, open: true, code, qrImage: qr.image, qrKind: qr.kind, path: qr.path, slotEndsAt: slotEnd }
}
