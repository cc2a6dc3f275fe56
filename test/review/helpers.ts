import type { Grade } from '../../cloudfunctions/common/contract/reviewLabels'
import type { ErrorCode } from '../../cloudfunctions/common/contract'
import { setClock, shanghai, useFakeClock } from '../helpers/clock'
import { expectRefused } from '../helpers/refusals'
import { cloudPerTest, demoOpenid, startTestCloud, type TestCloud } from '../helpers/testCloud'

/** A Monday; the seed opens 第一支部's 2026 review now, closing in 10 days, and finished its 2025 review. */
export const NOW = shanghai('2026-11-30 10:00')
export const OPEN_REVIEW = 'b1:2026'
export const LAST_REVIEW = 'b1:2025'
export const AFTER_CLOSE = shanghai('2026-12-10 11:00')

export const as = (memberId: string) => demoOpenid(memberId)

/** A seeded demo cloud per test, with the clock at NOW. */
export const useReviewCloud = (): TestCloud => {
  beforeEach(() => useFakeClock(NOW))
  afterEach(() => jest.useRealTimers())
  return cloudPerTest(() => startTestCloud({ now: NOW }))
}

export { setClock }

/** The call is refused with `code` (and a Chinese message matching `message`) and the database is unchanged. */
export const refused = (
  t: TestCloud,
  openid: string,
  action: string,
  payload: unknown,
  code: ErrorCode,
  message?: RegExp,
) => expectRefused(t, { openid, fn: 'review', action, payload }, code, message)

/** Grades for every member of the seeded 2026 review: `excellent` for the given ids, 合格 otherwise. */
export const proposal = (
  memberIds: readonly string[],
  excellent: readonly string[] = [],
): { memberId: string; grade: Grade; reason?: string }[] =>
  memberIds.map((memberId) => ({ memberId, grade: excellent.includes(memberId) ? 'excellent' : 'qualified' }))

export const B1_MEMBERS = Array.from({ length: 20 }, (_, index) => `m${String(index + 1).padStart(3, '0')}`)
