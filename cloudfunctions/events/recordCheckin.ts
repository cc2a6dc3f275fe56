import type { CheckInResult } from '../common/contract/events'
import { collections } from '../common/db/collections'
import type { Database, Transaction } from '../common/db/database'
import type { CheckinDoc, EventDoc, LeaveDoc } from '../common/db/models/events'
import { isDuplicateKeyError } from '../common/errors'
import { writeGrant } from '../common/points/grantPoints'
import { prepareAttendancePoints } from './attendancePoints'
import { findCheckin } from './store'

export const toCheckInResult = (checkin: CheckinDoc, created: boolean): CheckInResult => ({
  eventId: checkin.eventId,
  at: new Date(checkin.at).toISOString(),
  late: checkin.late,
  method: checkin.method,
  distance: checkin.distance,
  created,
})

/**
 * The writes of one check-in inside a transaction: the check-in, a withdrawn
 * leave, the points. Two round trips: the check-in (and the leave) go out
 * with the grant's reads, the grant's writes follow. Every document written
 * is the member's own (`<eventId>:<memberId>`, the ledger key, the member's
 * totals), so a branch checking in at once never conflicts.
 */
export const writeCheckin = async (tx: Transaction, record: CheckinRecord, now: Date): Promise<void> => {
  const { event, checkin, leave, grantedBy } = record
  const withdraw = leave && (leave.status === 'pending' || leave.status === 'approved')
  const [points] = await Promise.all([
    prepareAttendancePoints(tx, event, checkin.memberId, grantedBy, now),
    tx.collection(collections.checkins.name).add({ data: checkin }),
    withdraw &&
      tx
        .collection(collections.leaves.name)
        .doc(leave._id)
        .update({ data: { status: 'withdrawn' } }),
  ])
  await writeGrant(tx, points)
}

export interface CheckinRecord {
  event: Pick<EventDoc, '_id' | 'branchId' | 'type' | 'title'>
  checkin: CheckinDoc
  /** The member's leave request, if any: coming after all withdraws it. */
  leave: LeaveDoc | null
  /** 'system' for the member's own check-in, the secretary's member id for 补签. */
  grantedBy: string
}

/**
 * Writes the check-in and its attendance points in one transaction, so there
 * is never a check-in without its points. The `_id` (and the unique index)
 * make concurrent retries collide: the loser reads the winner's check-in and
 * reports it as a success.
 */
export const recordCheckin = async (db: Database, record: CheckinRecord, now: Date): Promise<CheckInResult> => {
  const { checkin } = record
  try {
    await db.runTransaction((tx) => writeCheckin(tx, record, now))
    return toCheckInResult(checkin, true)
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
    const existing = await findCheckin(db, checkin.eventId, checkin.memberId)
    if (!existing) throw error
    return toCheckInResult(existing, false)
  }
}
