import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { cloudPerTest, demoIdentities } from '../helpers/testCloud'

const t = cloudPerTest()
const unboundEntry = async () =>
  (await t.db.collection<MemberDoc>(collections.members.name).where({ _id: 'm019' }).get()).data[0]

describe('binding a WeChat user to the roster', () => {
  it('tells an unbound user they are not bound', async () => {
    expect(await t.ok('new-a', 'members', 'getMe', {})).toEqual({ bound: false })
  })

  it('binds by name and phone to exactly one unbound entry', async () => {
    const entry = await unboundEntry()
    const profile = await t.ok('new-a', 'members', 'bind', { name: entry.name, phone: entry.phone })
    expect(profile).toMatchObject({ memberId: 'm019', branchName: '第一支部', name: entry.name })
    expect(profile.phone).toBe(`${entry.phone.slice(0, 3)}****${entry.phone.slice(-4)}`)
    expect((await unboundEntry()).openid).toBe('new-a')
    const me = await t.ok('new-a', 'members', 'getMe', {})
    expect(me).toMatchObject({ bound: true, profile: { memberId: 'm019' } })
  })

  it('refuses a second WeChat user for the same entry', async () => {
    const entry = await unboundEntry()
    await t.ok('new-a', 'members', 'bind', { name: entry.name, phone: entry.phone })
    const second = await t.call('new-b', 'members', 'bind', { name: entry.name, phone: entry.phone })
    expect(second).toMatchObject({ ok: false, code: 'BIND_NO_MATCH' })
  })

  it('refuses a user who is already bound', async () => {
    const entry = await unboundEntry()
    const result = await t.call(demoIdentities.member, 'members', 'bind', { name: entry.name, phone: entry.phone })
    expect(result).toMatchObject({ ok: false, code: 'ALREADY_BOUND' })
    expect((await unboundEntry()).openid).toBeNull()
  })

  it('binds exactly once when the same user binds twice in parallel', async () => {
    const entry = await unboundEntry()
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.call('new-a', 'members', 'bind', { name: entry.name, phone: entry.phone })),
    )
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    const { total } = await t.db.collection(collections.bindings.name).where({ memberId: 'm019' }).count()
    expect(total).toBe(1)
  })

  it('locks binding after five failed attempts (five different guesses; a repeated guess is one attempt)', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await t.call('new-a', 'members', 'bind', { name: '不存在', phone: `1390000000${attempt}` })
      expect(result).toMatchObject({ ok: false, code: 'BIND_NO_MATCH' })
    }
    const entry = await unboundEntry()
    const locked = await t.call('new-a', 'members', 'bind', { name: entry.name, phone: entry.phone })
    expect(locked).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    expect((await unboundEntry()).openid).toBeNull()
  })

  it('binds with a secretary invite code once', async () => {
    const invite = await t.ok(demoIdentities.secretary, 'members', 'createInvite', { memberId: 'm020' })
    expect(invite.code).toMatch(/^[A-Z0-9]{8}$/)
    expect(await t.ok('new-c', 'members', 'bind', { inviteCode: invite.code })).toMatchObject({ memberId: 'm020' })
    expect(await t.call('new-d', 'members', 'bind', { inviteCode: invite.code })).toMatchObject({
      ok: false,
      code: 'INVITE_INVALID',
    })
  })

  it('rejects malformed input and writes nothing', async () => {
    const before = t.cloud.database.dump()
    for (const payload of [
      { name: '', phone: '1' },
      { name: { $ne: null }, phone: '13800130019' },
      { phone: 13800130019 },
    ]) {
      const result = await t.raw('new-a', 'members', { action: 'bind', payload })
      expect(result).toMatchObject({
        ok: false,
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/[\u4e00-\u9fa5]/),
      })
    }
    expect(t.cloud.database.dump()).toEqual(before)
  })
})
