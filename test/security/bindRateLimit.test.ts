/**
 * Issue 14 §1: the bind rate limit holds under concurrency. Each attempt is
 * counted before it is checked, so 40 parallel guesses from one WeChat user
 * count 40 and only the first five are ever compared with the roster; and a
 * bound member's real name and phone answer exactly like a wrong pair.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { setClock, useFakeClock } from '../helpers/clock'
import { cloudPerTest } from '../helpers/testCloud'

const t = cloudPerTest()
const START = new Date('2026-11-20T02:00:00Z')
const MINUTE = 60 * 1000

beforeEach(() => useFakeClock(START))
afterEach(() => jest.useRealTimers())

const entry = async (memberId: string) =>
  (await t.db.collection<MemberDoc>(collections.members.name).doc(memberId).get()).data
const attemptsOf = async (openid: string) =>
  (await t.db.collection(collections.bindAttempts.name).where({ openid }).count()).total
const guess = (openid: string, index: number) =>
  t.call(openid, 'members', 'bind', { name: `猜测${index}`, phone: `139${String(index).padStart(8, '0')}` })

describe('binding attempts are counted atomically', () => {
  it('counts 40 parallel guesses as 40, checks at most 5 and then locks out the right answer', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, index) => guess('new-attacker', index)))
    const codes = results.map((result) => (result.ok ? 'bound' : result.code))
    expect(codes.filter((code) => code === 'BIND_NO_MATCH').length).toBeLessThanOrEqual(5)
    expect(codes.filter((code) => code !== 'BIND_NO_MATCH' && code !== 'RATE_LIMITED')).toEqual([])
    expect(await attemptsOf('new-attacker')).toBe(40)

    const target = await entry('m019')
    const right = await t.call('new-attacker', 'members', 'bind', { name: target.name, phone: target.phone })
    expect(right).toMatchObject({ ok: false, code: 'RATE_LIMITED', message: expect.stringContaining('15 分钟') })
    expect((await entry('m019')).openid).toBeNull()
  })

  it('locks after 5 attempts within 15 minutes, however they are spread, and opens once they age out', async () => {
    for (let index = 0; index < 5; index++) {
      setClock(new Date(START.getTime() + index * 3 * MINUTE))
      expect(await guess('new-slow', index)).toMatchObject({ ok: false, code: 'BIND_NO_MATCH' })
    }
    setClock(new Date(START.getTime() + 14 * MINUTE))
    expect(await guess('new-slow', 5)).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    // The first attempt leaves the window 15 minutes after it was made: one more try is allowed.
    setClock(new Date(START.getTime() + 15 * MINUTE + 1000))
    const target = await entry('m019')
    expect(await t.call('new-slow', 'members', 'bind', { name: target.name, phone: target.phone })).toMatchObject({
      ok: true,
      data: { memberId: 'm019' },
    })
  })

  it('answers a bound member’s real name and phone exactly like a wrong pair', async () => {
    const bound = await entry('m006')
    const taken = await t.call('new-prober', 'members', 'bind', { name: bound.name, phone: bound.phone })
    const wrong = await t.call('new-prober', 'members', 'bind', { name: bound.name, phone: '13900000000' })
    expect(taken).toEqual(wrong)
    expect(taken).toMatchObject({ ok: false, code: 'BIND_NO_MATCH', message: expect.stringContaining('支部书记') })
    expect(await attemptsOf('new-prober')).toBe(2)
  })
})

describe('a retried request is not a new guess', () => {
  it('counts 20 parallel retries of one right guess once, and binds once', async () => {
    const target = await entry('m019')
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.call('new-retry', 'members', 'bind', { name: target.name, phone: target.phone }),
      ),
    )
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    expect(await attemptsOf('new-retry')).toBe(1)
    expect((await entry('m019')).openid).toBe('new-retry')
  })
})
