/** How the security suites read an envelope: allowed, denied for who the caller is, or hidden as not found. */
import type { Envelope, ErrorCode } from '../../cloudfunctions/common/contract'
import type { Cell } from './accessMatrix'

/** Refusals because of who the caller is: no roster entry, missing role, another branch. */
export const DENIAL_CODES: readonly ErrorCode[] = [
  'NOT_BOUND',
  'FORBIDDEN',
  'STATS_BRANCH_FORBIDDEN',
  'NOTICE_SCOPE_FORBIDDEN',
  'TALK_FORBIDDEN',
  'TALK_MEMBER_OUTSIDE',
]

/** Records of another branch answered exactly like missing ones. */
export const HIDDEN_CODES: readonly ErrorCode[] = ['NOT_FOUND', 'NOTICE_NOT_FOUND', 'UNIT_NOT_FOUND']

/**
 * Domain refusals the sample payloads meet once every access check has passed: they count as allowed.
 * Any other code is unexpected, so a new refusal about who the caller is (a scope code) cannot pass
 * for "allowed": list it as a denial above, or here once it is a domain rule that follows the checks.
 */
const AFTER_ACCESS_CODES: readonly ErrorCode[] = [
  'ALREADY_BOUND',
  'BIRTHDAY_EVENT_INVALID',
  'BIRTHDAY_MEMBER_OUTSIDE',
  'CHECKIN_CODE_INVALID',
  'CLAIM_NOT_PENDING',
  'CONFLICT',
  'DEVELOPMENT_DUPLICATE',
  'DUES_ALREADY_REVERSED',
  'DUES_BASE_CONFIRMED',
  'DUES_IMPORT_INVALID',
  'DUES_NO_BASE',
  'DUES_NOT_REFUNDABLE',
  'NOTICE_REMIND_TOO_SOON',
  'NOTICE_WITHDRAWN',
  'POINTS_ALREADY_REVERSED',
  'REVIEW_BALLOT_MISSING',
  'REVIEW_EXISTS',
  'REVIEW_FINAL',
  'REVIEW_NOT_PUBLICIZED',
  'ROSTER_INVALID',
  'STUDY_NOT_STARTED',
]

export const outcomeOf = (envelope: Envelope<unknown>): Cell | `unexpected ${string}` => {
  if (envelope.ok) return 'A'
  if (DENIAL_CODES.includes(envelope.code)) return 'D'
  if (HIDDEN_CODES.includes(envelope.code)) return 'H'
  if (AFTER_ACCESS_CODES.includes(envelope.code)) return 'A'
  return `unexpected ${envelope.code}: ${envelope.message}`
}

/** Chinese characters: every message a user can see is Chinese. */
export const CHINESE = /[\u4e00-\u9fa5]/
