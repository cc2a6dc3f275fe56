/** How the security suites read an envelope: allowed, denied for who the caller is, or hidden as not found. */
import type { Envelope, ErrorCode } from '../../cloudfunctions/common/contract'
import type { Cell } from './accessMatrix'

/** Refusals because of who the caller is: no roster entry, missing role, another branch. */
export const DENIAL_CODES: readonly ErrorCode[] = [
  'NOT_BOUND',
  'FORBIDDEN',
  'STATS_BRANCH_FORBIDDEN',
  'NOTICE_SCOPE_FORBIDDEN',
]

/** Records of another branch answered exactly like missing ones. */
export const HIDDEN_CODES: readonly ErrorCode[] = ['NOT_FOUND', 'NOTICE_NOT_FOUND']

/** Never a valid answer to a well-formed sample payload. */
const BROKEN_CODES: readonly ErrorCode[] = ['INVALID_INPUT', 'INTERNAL', 'UNKNOWN_ACTION', 'NO_SESSION']

export const outcomeOf = (envelope: Envelope<unknown>): Cell | `unexpected ${string}` => {
  if (envelope.ok) return 'A'
  if (DENIAL_CODES.includes(envelope.code)) return 'D'
  if (HIDDEN_CODES.includes(envelope.code)) return 'H'
  if (BROKEN_CODES.includes(envelope.code)) return `unexpected ${envelope.code}: ${envelope.message}`
  // A domain refusal (CHECKIN_CODE_INVALID, CLAIM_NOT_PENDING...) comes after the access checks.
  return 'A'
}

/** Chinese characters: every message a user can see is Chinese. */
export const CHINESE = /[\u4e00-\u9fa5]/
