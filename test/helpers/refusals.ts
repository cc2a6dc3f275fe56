import type { ErrorCode } from '../../cloudfunctions/common/contract'
import type { TestCloud } from './testCloud'

/** Chinese characters: every refusal a user can read is Chinese. */
const CHINESE = /[\u4e00-\u9fa5]/

/**
 * `fn`'s `action` called as `openid` is refused with `code` (and a Chinese
 * message matching `message`), and the database is exactly as before.
 */
export const expectRefused = async (
  t: TestCloud,
  { openid, fn, action, payload }: { openid: string; fn: string; action: string; payload: unknown },
  code: ErrorCode,
  message: RegExp = CHINESE,
) => {
  const before = JSON.stringify(t.cloud.database.dump())
  const result = await t.raw(openid, fn, { action, payload })
  expect(result).toMatchObject({ ok: false, code })
  if (!result.ok) expect(result.message).toMatch(message)
  expect(JSON.stringify(t.cloud.database.dump())).toBe(before)
}
