import { grantPointsNow } from '../../cloudfunctions/common/points/grantPoints'
import type { TestCloud } from '../helpers/testCloud'
import { updateRulesForTest } from './rulesFixture'
import { attendanceGrant, ledger, pointsOf, shanghai, studyGrant, startPointsCloud } from './helpers'

let t: TestCloud
beforeEach(async () => {
  t = await startPointsCloud()
})

const grantStudies = async (from: number, count: number, at: Date) => {
  const outcomes = []
  for (let n = from; n < from + count; n++) outcomes.push(await grantPointsNow(t.db, studyGrant(n), at))
  return outcomes
}

describe('caps in Asia/Shanghai', () => {
  it('cuts the 7th study of a day and tells the member why', async () => {
    const outcomes = await grantStudies(1, 7, shanghai('2026-03-10T10:00:00'))
    expect(outcomes.slice(0, 6).every((outcome) => outcome.status === 'granted')).toBe(true)
    expect(outcomes[6]).toEqual({ status: 'capped', points: 0, message: '今日学习积分已达上限（6 分）' })
    expect(await pointsOf(t, 'm006', '2026-03-10')).toBe(6)
    const refused = (await ledger(t, { status: 'refused' }))[0]
    expect(refused).toMatchObject({ points: 0, requestedPoints: 1, capMessage: '今日学习积分已达上限（6 分）' })
  })

  it('starts a new day at 00:00 Shanghai, not UTC: 23:59 and 00:01 are different days', async () => {
    await grantStudies(1, 6, shanghai('2026-03-10T23:59:00'))
    const [late] = await grantStudies(7, 1, shanghai('2026-03-10T23:59:59'))
    expect(late.status).toBe('capped')
    const [next] = await grantStudies(8, 1, shanghai('2026-03-11T00:01:00'))
    expect(next).toEqual({ status: 'granted', points: 1 })
    expect(await pointsOf(t, 'm006', '2026-03-10')).toBe(6)
    expect(await pointsOf(t, 'm006', '2026-03-11')).toBe(1)
    // 2026-03-10T23:59+08:00 is 15:59 UTC, 00:01+08:00 is 16:01 UTC the same UTC day: only the Shanghai day counts.
    expect(await pointsOf(t, 'm006', '2026-03')).toBe(7)
  })

  it('resets monthly caps at the month end in Shanghai', async () => {
    const ack = (n: number, at: Date) =>
      grantPointsNow(t.db, { ...studyGrant(n), category: 'notice_ack', key: `ack:n${n}:m006`, reason: '签阅通知' }, at)
    for (let n = 0; n < 10; n++) await ack(n, shanghai('2026-01-31T23:00:00'))
    expect(await ack(10, shanghai('2026-01-31T23:59:00'))).toMatchObject({
      status: 'capped',
      points: 0,
      message: '本月签阅积分已达上限（10 分）',
    })
    expect(await ack(11, shanghai('2026-02-01T00:01:00'))).toEqual({ status: 'granted', points: 1 })
    expect(await pointsOf(t, 'm006', '2026-01')).toBe(10)
    expect(await pointsOf(t, 'm006', '2026-02')).toBe(1)
    expect(await pointsOf(t, 'm006', '2026-Q1')).toBe(11)
  })

  it('caps attendance per event type per year and resets at the year end', async () => {
    for (let n = 0; n < 4; n++)
      await grantPointsNow(t.db, attendanceGrant(`lecture${n}`, 'party_lecture'), shanghai('2026-12-31T20:00:00'))
    const fifth = await grantPointsNow(
      t.db,
      attendanceGrant('lecture4', 'party_lecture'),
      shanghai('2026-12-31T23:59:00'),
    )
    expect(fifth).toEqual({ status: 'capped', points: 0, message: '今年党课积分已达上限（20 分）' })
    // Another type has its own cap.
    expect(
      await grantPointsNow(t.db, attendanceGrant('day1', 'theme_day'), shanghai('2026-12-31T23:59:30')),
    ).toMatchObject({
      status: 'granted',
      points: 5,
    })
    const newYear = await grantPointsNow(
      t.db,
      attendanceGrant('lecture5', 'party_lecture'),
      shanghai('2027-01-01T00:01:00'),
    )
    expect(newYear).toEqual({ status: 'granted', points: 5 })
    expect(await pointsOf(t, 'm006', '2026')).toBe(25)
    expect(await pointsOf(t, 'm006', '2027')).toBe(5)
    expect(await pointsOf(t, 'm006', '2026-Q4')).toBe(25)
  })

  it('cuts a grant to the room left under the cap', async () => {
    const reflection = (n: number) => ({
      ...studyGrant(n),
      category: 'reflection' as const,
      key: `claim:c${n}`,
      reason: '心得体会',
    })
    const at = shanghai('2026-05-20T10:00:00')
    await grantPointsNow(t.db, { ...reflection(1) }, at)
    // Pretend the admin lowered the cap to 8: the second reflection gets 3 of its 5 points.
    await updateRulesForTest(t, { reflection: { monthlyCap: 8 } })
    expect(await grantPointsNow(t.db, reflection(2), at)).toEqual({
      status: 'capped',
      points: 3,
      message: '本月心得体会积分上限 8 分，本次计 3 分',
    })
  })
})
