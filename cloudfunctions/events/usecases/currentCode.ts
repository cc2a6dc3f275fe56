import { CHECKIN_PAGE } from '../../common/contract/eventTypes'
import type { CurrentCode } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { assertManagesBranch } from '../../common/rules/access'
import { codeForSlot, slotAt, slotEndsAt } from '../rules/code'
import { windowOpen } from '../rules/schedule'
import { getEventDoc } from '../store'

/** The mini-program path a member's scan opens; the check-in page reads both parameters. */
export const checkinPath = (eventId: string, code: string) => `${CHECKIN_PAGE}?eventId=${eventId}&code=${code}`

/**
 * A plain QR code drawn on the server, as a PNG data URL both the weapp Image
 * and the browser show. A 小程序码 (wxacode.getUnlimited) cannot carry this
 * path: its `scene` holds 32 characters, and the event id alone is 32.
 * qrcode is loaded on the first call, not at the events function's cold start.
 */
const qrImage = async (path: string) =>
  (await import('qrcode')).toDataURL(path, { errorCorrectionLevel: 'M', margin: 1, width: 480 })

/** The secretary's check-in screen polls this: the code of the current 20-second slot. */
export const currentCode = async ({ db, caller, now }: Context, input: { eventId: string }): Promise<CurrentCode> => {
  const event = await getEventDoc(db, input.eventId)
  assertManagesBranch(caller.member, event.branchId)
  if (event.status === 'cancelled') throw new AppError('EVENT_CANCELLED')
  const base = {
    eventId: event._id,
    title: event.title,
    checkinOpensAt: new Date(event.checkinOpensAt).toISOString(),
    end: new Date(event.end).toISOString(),
    serverNow: now.toISOString(),
  }
  if (!windowOpen(event, now)) return { ...base, open: false, code: null, qrImage: null, path: null, slotEndsAt: null }
  const slot = slotAt(now)
  const code = codeForSlot(event.secret, slot)
  const path = checkinPath(event._id, code)
  return { ...base, open: true, code, qrImage: await qrImage(path), path, slotEndsAt: slotEndsAt(slot).toISOString() }
}
