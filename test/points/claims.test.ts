import { collections } from '../../cloudfunctions/common/db/collections'
import { demoIdentities, type TestCloud } from '../helpers/testCloud'
import { ledger, pointsOf, pointsState, shanghai, useFakeClock, startPointsCloud } from './helpers'
import { updateRulesForTest } from './rulesFixture'

let t: TestCloud
beforeEach(async () => {
  t = await startPointsCloud()
  useFakeClock(shanghai('2026-06-10T09:00:00'))
})
afterEach(() => jest.useRealTimers())

const reflection = (title = '学习二十大报告的体会') => ({
  category: 'reflection' as const,
  title,
  content: '通过认真学习，我深刻认识到坚持党的全面领导的重要意义。'.repeat(10),
})

describe('claims and the secretary’s review', () => {
  it('grants on approval, once, with the reviewer recorded', async () => {
    const claim = await t.ok(demoIdentities.member, 'points', 'submitClaim', reflection())
    expect(claim).toMatchObject({ status: 'pending', memberName: expect.any(String) })
    expect(await ledger(t)).toHaveLength(0)
    const queue = await t.ok(demoIdentities.secretary, 'points', 'reviewQueue', {})
    expect(queue.map((item) => item.id)).toEqual([claim.id])
    const approved = await t.ok(demoIdentities.secretary, 'points', 'reviewClaim', {
      claimId: claim.id,
      decision: 'approve',
    })
    expect(approved).toMatchObject({ status: 'approved', grantedPoints: 5 })
    expect(await pointsOf(t, 'm006', '2026-06')).toBe(5)
    const twice = await t.call(demoIdentities.secretary, 'points', 'reviewClaim', {
      claimId: claim.id,
      decision: 'approve',
    })
    expect(twice).toMatchObject({ ok: false, code: 'CLAIM_NOT_PENDING' })
    expect(await ledger(t)).toHaveLength(1)
    expect((await ledger(t))[0]).toMatchObject({ createdBy: 'm001', category: 'reflection' })
  })

  it('records a rejection reason the member sees, and grants nothing', async () => {
    const claim = await t.ok(demoIdentities.member, 'points', 'submitClaim', {
      category: 'offline',
      title: '参观革命纪念馆',
      content: '周末参观了革命纪念馆，重温入党誓词。',
    })
    await t.ok(demoIdentities.secretary, 'points', 'reviewClaim', {
      claimId: claim.id,
      decision: 'reject',
      reason: '请补充现场照片',
    })
    const [mine] = await t.ok(demoIdentities.member, 'points', 'myClaims', {})
    expect(mine).toMatchObject({ status: 'rejected', rejectReason: '请补充现场照片' })
    expect(await ledger(t)).toHaveLength(0)
  })

  it('grants at once when the admin has turned approval off', async () => {
    await updateRulesForTest(t, { offline: { needsApproval: false } })
    const claim = await t.ok(demoIdentities.member, 'points', 'submitClaim', {
      category: 'offline',
      title: '参加读书会',
      content: '参加了单位组织的读书分享会。',
    })
    expect(claim).toMatchObject({ status: 'approved', grantedPoints: 2 })
  })

  it('refuses a new reflection once this month’s cap is used', async () => {
    for (const title of ['第一篇心得', '第二篇心得']) {
      const claim = await t.ok(demoIdentities.member, 'points', 'submitClaim', reflection(title))
      await t.ok(demoIdentities.secretary, 'points', 'reviewClaim', { claimId: claim.id, decision: 'approve' })
    }
    const third = await t.call(demoIdentities.member, 'points', 'submitClaim', reflection('第三篇心得'))
    expect(third).toMatchObject({
      ok: false,
      code: 'POINTS_CAP_REACHED',
      message: '本月心得体会积分已达上限（10 分），下月再提交吧',
    })
  })

  it('answers a retried submission with the claim it already made', async () => {
    const claims = () => t.db.collection(collections.pointsClaims.name).where({ memberId: 'm006' }).get()
    const submission = { ...reflection(), requestId: 'claim-form-1' }
    const [first, concurrent] = await Promise.all([
      t.ok(demoIdentities.member, 'points', 'submitClaim', submission),
      t.ok(demoIdentities.member, 'points', 'submitClaim', submission),
    ])
    const again = await t.ok(demoIdentities.member, 'points', 'submitClaim', submission)
    expect([concurrent.id, again.id]).toEqual([first.id, first.id])
    expect((await claims()).data).toHaveLength(1)
    // Another member's form with the same request id is a claim of their own.
    const theirs = await t.ok(demoIdentities.member2, 'points', 'submitClaim', submission)
    expect(theirs.id).not.toBe(first.id)
    const next = await t.ok(demoIdentities.member, 'points', 'submitClaim', {
      ...submission,
      requestId: 'claim-form-2',
    })
    expect(next.id).not.toBe(first.id)
    expect((await claims()).data).toHaveLength(2)
  })

  it('grants a retried instant claim once, even when it used up the month', async () => {
    await updateRulesForTest(t, { offline: { needsApproval: false, monthlyCap: 2 } })
    const submission = { category: 'offline' as const, title: '参加读书会', content: '参加了单位组织的读书分享会。' }
    const first = await t.ok(demoIdentities.member, 'points', 'submitClaim', { ...submission, requestId: 'r1' })
    const retried = await t.ok(demoIdentities.member, 'points', 'submitClaim', { ...submission, requestId: 'r1' })
    expect(retried).toEqual(first)
    expect(await ledger(t)).toHaveLength(1)
  })

  it('refuses a reflection under 200 characters and writes nothing', async () => {
    const before = pointsState(t)
    const short = await t.call(demoIdentities.member, 'points', 'submitClaim', {
      ...reflection(),
      content: '学习很有收获。'.repeat(20),
    })
    expect(short).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '心得内容至少需要 200 个字' })
    expect(pointsState(t)).toEqual(before)
  })
})

describe('permissions', () => {
  it('a member cannot grant, approve, reverse or read a queue', async () => {
    const claim = await t.ok(demoIdentities.member2, 'points', 'submitClaim', reflection())
    const before = pointsState(t)
    const attempts = await Promise.all([
      t.call(demoIdentities.member, 'points', 'awardManually', {
        memberId: 'm006',
        points: 5,
        reason: '自己加分',
        requestId: 'x',
      }),
      t.call(demoIdentities.member, 'points', 'reviewClaim', { claimId: claim.id, decision: 'approve' }),
      t.call(demoIdentities.member, 'points', 'reviewQueue', {}),
      t.call(demoIdentities.member, 'points', 'updateRules', { expectedVersion: 1, categories: [] }),
      t.call(demoIdentities.member, 'points', 'reconcileTotals', {}),
      t.call(demoIdentities.member, 'points', 'listEntries', { memberId: 'm007' }),
    ])
    for (const attempt of attempts) expect(attempt).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(pointsState(t)).toEqual(before)
  })

  it('a secretary cannot review, award or read another branch', async () => {
    const claim = await t.ok(demoIdentities.member, 'points', 'submitClaim', reflection())
    const before = pointsState(t)
    const review = await t.call(demoIdentities.otherSecretary, 'points', 'reviewClaim', {
      claimId: claim.id,
      decision: 'approve',
    })
    expect(review).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await t.ok(demoIdentities.otherSecretary, 'points', 'reviewQueue', {})).toEqual([])
    const award = await t.call(demoIdentities.otherSecretary, 'points', 'awardManually', {
      memberId: 'm006',
      points: 5,
      reason: '跨支部加分',
      requestId: 'y',
    })
    expect(award).toMatchObject({ ok: false, code: 'NOT_FOUND', message: '未找到该党员' })
    const branchRanking = await t.call(demoIdentities.member, 'points', 'rankMembers', {
      kind: 'month',
      scope: 'branch',
      branchId: 'b2',
    })
    expect(branchRanking).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(pointsState(t)).toEqual(before)
  })

  it('a secretary cannot approve their own claim', async () => {
    const claim = await t.ok(demoIdentities.secretary, 'points', 'submitClaim', reflection())
    const own = await t.call(demoIdentities.secretary, 'points', 'reviewClaim', {
      claimId: claim.id,
      decision: 'approve',
    })
    expect(own).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '不能审核自己的申请' })
  })
})

describe('bad input writes nothing', () => {
  const award = (payload: Record<string, unknown>) =>
    t.raw(demoIdentities.secretary, 'points', {
      action: 'awardManually',
      payload: { memberId: 'm006', points: 5, reason: '表现突出', requestId: 'r1', ...payload },
    })

  it.each([
    ['negative beyond the bound', { points: -500 }, '积分不能小于 -100'],
    ['fractional', { points: 2.5 }, '积分必须是整数'],
    ['huge', { points: 1e9 }, '积分不能大于 100'],
    ['zero', { points: 0 }, '积分不能为 0'],
    ['numeric string', { points: '5' }, '积分必须是数字'],
    ['no reason', { reason: '' }, '请填写原因'],
    ['blank reason', { reason: '   ' }, '请填写原因'],
    ['operator object', { memberId: { $ne: null } }, '党员格式不正确'],
  ])('manual award: %s', async (_, change, message) => {
    const before = pointsState(t)
    expect(await award(change)).toMatchObject({ ok: false, code: 'INVALID_INPUT', message })
    expect(pointsState(t)).toEqual(before)
  })

  it('refuses an unknown category in a claim or a rule', async () => {
    const before = pointsState(t)
    const claim = await t.raw(demoIdentities.member, 'points', {
      action: 'submitClaim',
      payload: { category: 'bonus', title: '额外加分', content: 'x'.repeat(300) },
    })
    expect(claim).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    const rules = await t.ok(demoIdentities.admin, 'points', 'getRules', {})
    const badRule = await t.raw(demoIdentities.admin, 'points', {
      action: 'updateRules',
      payload: {
        expectedVersion: 1,
        categories: rules.categories.map((rule, i) => (i === 0 ? { ...rule, category: 'bonus' } : rule)),
      },
    })
    expect(badRule).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '未知的积分类别' })
    expect(pointsState(t)).toEqual(before)
  })

  it('refuses a grant to a member of another branch through the shared API', async () => {
    const { grantPointsNow } = await import('../../cloudfunctions/common/points/grantPoints')
    const before = pointsState(t)
    await expect(
      grantPointsNow(
        t.db,
        {
          memberId: 'm026',
          branchId: 'b1',
          category: 'study',
          key: 'study:x:m026',
          reason: '学习',
          createdBy: 'system',
        },
        new Date(),
      ),
    ).rejects.toMatchObject({ code: 'POINTS_BRANCH_MISMATCH' })
    await expect(
      grantPointsNow(
        t.db,
        {
          memberId: 'm006',
          branchId: 'b1',
          category: 'manual',
          points: 0.5,
          key: 'm:1',
          reason: '奖励',
          createdBy: 'm001',
        },
        new Date(),
      ),
    ).rejects.toMatchObject({ code: 'POINTS_INVALID_GRANT' })
    expect(pointsState(t)).toEqual(before)
  })
})
