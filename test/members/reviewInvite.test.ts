import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { setClock, shanghai, useFakeClock } from '../helpers/clock'
import { cloudPerTest, demoIdentities, startTestCloud } from '../helpers/testCloud'

const T0 = shanghai('2026-11-20 09:00')
const DAY = 24 * 3600 * 1000
useFakeClock(T0)
const t = cloudPerTest(() => {
  setClock(T0)
  return startTestCloud({ now: T0 })
})
const { admin, secretary } = demoIdentities

const realMembers = async () =>
  (
    await t.db
      .collection<MemberDoc>(collections.members.name)
      .where({ branchId: t.db.command.neq('review-demo') })
      .limit(1000)
      .get()
  ).data

/** 审核 account: WeChat's reviewers see the app in a demo branch of their own, for a limited time. */
describe('the review invite', () => {
  it('lets a reviewer bind into the demo branch as its secretary, away from real members', async () => {
    const before = await realMembers()
    const invite = await t.ok(admin, 'members', 'createReviewInvite', { days: 7 })
    expect(invite).toMatchObject({ branchName: '审核演示支部', memberName: '微信审核员' })
    expect(Date.parse(invite.expiresAt)).toBe(T0.getTime() + 7 * DAY)
    const profile = await t.ok('reviewer-1', 'members', 'bind', { inviteCode: invite.code })
    expect(profile).toMatchObject({ branchName: '审核演示支部', roles: ['member', 'committee', 'secretary'] })
    const roster = await t.ok('reviewer-1', 'members', 'listRoster', {})
    expect(roster.map((entry) => entry.name).sort()).toEqual(
      ['微信审核员', '演示党员丙', '演示党员乙', '演示党员甲'].sort(),
    )
    expect(await t.call('reviewer-1', 'members', 'listRoster', { branchId: 'b1' })).toMatchObject({ ok: false })
    expect(await realMembers()).toEqual(before)
  })

  it('refuses every action once the period is over', async () => {
    const { code } = await t.ok(admin, 'members', 'createReviewInvite', { days: 1 })
    await t.ok('reviewer-1', 'members', 'bind', { inviteCode: code })
    setClock(new Date(T0.getTime() + DAY - 1000))
    expect(await t.call('reviewer-1', 'members', 'listRoster', {})).toMatchObject({ ok: true })
    setClock(new Date(T0.getTime() + DAY))
    expect(await t.call('reviewer-1', 'members', 'listRoster', {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '审核账号已过期，请联系党务管理员重新生成审核邀请码',
    })
    expect(await t.call('reviewer-1', 'members', 'listBranches', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('a new invite ends the previous reviewer and the earlier codes', async () => {
    const first = await t.ok(admin, 'members', 'createReviewInvite', { days: 7 })
    const unused = await t.ok(admin, 'members', 'createReviewInvite', { days: 7 })
    expect(await t.call('reviewer-1', 'members', 'bind', { inviteCode: first.code })).toMatchObject({
      ok: false,
      code: 'INVITE_INVALID',
    })
    await t.ok('reviewer-1', 'members', 'bind', { inviteCode: unused.code })
    const next = await t.ok(admin, 'members', 'createReviewInvite', { days: 3 })
    expect(await t.ok('reviewer-1', 'members', 'getMe', {})).toEqual({ bound: false })
    await t.ok('reviewer-2', 'members', 'bind', { inviteCode: next.code })
    expect(await t.ok('reviewer-2', 'members', 'getMe', {})).toMatchObject({ bound: true })
  })

  it('is for administrators only, and checks the number of days', async () => {
    expect(await t.call(secretary, 'members', 'createReviewInvite', { days: 7 })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await t.call(admin, 'members', 'createReviewInvite', { days: 31 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    })
  })
})
