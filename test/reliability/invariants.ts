/**
 * Cross-collection invariants that no failure may break: every check-in has
 * its attendance points, every 签阅 its point, every approved claim its grant,
 * and every points total equals the ledger (the points reconcile, read-only).
 */
import type { Envelope, ReconcileReport } from '../../cloudfunctions/common/contract'

export interface DumpedDoc {
  _id: string
  [key: string]: unknown
}

export type Dump = Record<string, DumpedDoc[]>

export const brokenInvariants = (dump: Dump): string[] => {
  const ledger = new Set((dump.pointsLedger ?? []).map((entry) => entry._id))
  const bySource = new Set((dump.pointsLedger ?? []).map((entry) => (entry.source as { id?: string } | null)?.id))
  const problems: string[] = []
  for (const checkin of dump.checkins ?? [])
    if (!ledger.has(`attend:${checkin.eventId}:${checkin.memberId}`))
      problems.push(`check-in ${checkin._id} without points`)
  for (const ack of dump.noticeAcks ?? [])
    if (!ledger.has(`ack:${ack.noticeId}:${ack.memberId}`)) problems.push(`签阅 ${ack._id} without its point`)
  for (const claim of dump.pointsClaims ?? [])
    if (claim.status === 'approved' && !bySource.has(claim._id))
      problems.push(`approved claim ${claim._id} without points`)
  return problems
}

export const driftOf = (envelope: Envelope<ReconcileReport>): number => {
  if (!envelope.ok) throw new Error(`reconcile failed: ${envelope.code} ${envelope.message}`)
  return envelope.data.drifted
}
