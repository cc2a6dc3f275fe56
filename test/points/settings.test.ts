import { grantPointsNow } from '../../cloudfunctions/common/points/grantPoints'
import { demoIdentities, type TestCloud } from '../helpers/testCloud'
import { ledger, shanghai, startPointsCloud, useFakeClock } from './helpers'

let t: TestCloud
beforeEach(async () => {
  t = await startPointsCloud()
  useFakeClock(shanghai('2026-06-20T12:00:00'))
  const award = (memberId: string, branchId: string, points: number) =>
    grantPointsNow(
      t.db,
      { memberId, branchId, category: 'manual', points, key: `k-${memberId}`, reason: '设置测试', createdBy: 'm005' },
      shanghai('2026-06-10T10:00:00'),
    )
  await award('m006', 'b1', 30)
  await award('m007', 'b1', 40)
  await award('m026', 'b2', 90)
})
afterEach(() => jest.useRealTimers())

type Visibility = 'leaders' | 'own' | 'full'
const configure = (rankingVisibility: Visibility, studyTimed = false) =>
  t.ok(demoIdentities.admin, 'points', 'updateSettings', { rankingVisibility, studyTimed })

const branchRanking = (openid: string) => t.call(openid, 'points', 'rankMembers', { kind: 'month', scope: 'branch' })
const orgRanking = (openid: string) => t.call(openid, 'points', 'rankMembers', { kind: 'year', scope: 'organisation' })
const branches = (openid: string) => t.call(openid, 'points', 'rankBranches', { kind: 'month' })

describe('ranking visibility (减负 setting)', () => {
  it('by default shows members their own standing only, and leaders the full lists', async () => {
    expect(await t.ok(demoIdentities.member, 'points', 'getSettings', {})).toEqual({
      rankingVisibility: 'own',
      studyTimed: false,
      updatedAt: null,
      updatedByName: null,
    })
    expect(await branchRanking(demoIdentities.member)).toMatchObject({
      ok: true,
      data: { access: 'own', entries: [], me: { rank: 2, points: 30 } },
    })
    expect(await orgRanking(demoIdentities.secretary)).toMatchObject({
      ok: true,
      data: { access: 'own', entries: [], me: { rank: 4, points: 0 } },
    })
    const mine = await branches(demoIdentities.member)
    expect(mine).toMatchObject({ ok: true, data: { access: 'own', entries: [], mine: { branchId: 'b1', points: 70 } } })
    expect(await t.ok(demoIdentities.member, 'points', 'myPoints', {})).toMatchObject({
      ranking: 'own',
      branchRank: { rank: 2, of: 2 },
    })
    const leader = await t.ok(demoIdentities.leader, 'points', 'rankMembers', { kind: 'year', scope: 'organisation' })
    expect(leader.access).toBe('full')
    expect(leader.entries.map((entry) => entry.memberId)).toEqual(['m026', 'm007', 'm006'])
  })

  it('refuses rankings to everyone but leaders and admins when set to leaders only', async () => {
    await configure('leaders')
    for (const openid of [demoIdentities.member, demoIdentities.secretary, demoIdentities.otherSecretary]) {
      for (const answer of [await branchRanking(openid), await orgRanking(openid), await branches(openid)])
        expect(answer).toEqual({
          ok: false,
          code: 'RANKING_HIDDEN',
          message: '组织设置为积分排名仅党委领导可见；您可以在「积分明细」查看自己的积分',
        })
    }
    expect(await t.ok(demoIdentities.member, 'points', 'myPoints', {})).toMatchObject({
      month: 30,
      ranking: 'none',
      branchRank: null,
    })
    for (const openid of [demoIdentities.leader, demoIdentities.admin]) {
      const answer = await t.ok(openid, 'points', 'rankBranches', { kind: 'month' })
      expect(answer.access).toBe('full')
      expect(answer.entries.map((row) => row.branchId).slice(0, 2)).toEqual(['b2', 'b1'])
    }
  })

  it('shows members every list when set to full', async () => {
    await configure('full')
    const ranking = await t.ok(demoIdentities.member, 'points', 'rankMembers', { kind: 'month', scope: 'branch' })
    expect(ranking.access).toBe('full')
    expect(ranking.entries.map((entry) => [entry.rank, entry.memberId])).toEqual([
      [1, 'm007'],
      [2, 'm006'],
    ])
    const table = await t.ok(demoIdentities.member, 'points', 'rankBranches', { kind: 'month' })
    expect(table.entries.length).toBeGreaterThanOrEqual(2)
    expect(await t.ok(demoIdentities.member, 'points', 'myPoints', {})).toMatchObject({ ranking: 'full' })
  })
})

describe('the settings themselves', () => {
  it('are saved by the admin with who and when, and refused with a Chinese message when malformed', async () => {
    const saved = await configure('full', true)
    expect(saved).toEqual({
      rankingVisibility: 'full',
      studyTimed: true,
      updatedAt: shanghai('2026-06-20T12:00:00').toISOString(),
      updatedByName: expect.any(String),
    })
    const before = t.cloud.database.dump()
    const bad = await t.call(demoIdentities.admin, 'points', 'updateSettings', {
      rankingVisibility: 'everyone',
      studyTimed: true,
    } as never)
    expect(bad).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '请选择排名的可见范围' })
    const forbidden = await t.call(demoIdentities.leader, 'points', 'updateSettings', {
      rankingVisibility: 'own',
      studyTimed: false,
    })
    expect(forbidden).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(t.cloud.database.dump()).toEqual(before)
    expect(await t.ok(demoIdentities.member, 'points', 'getSettings', {})).toMatchObject({
      rankingVisibility: 'full',
      studyTimed: true,
    })
  })
})

describe('study timing (减负 setting)', () => {
  const publish = () =>
    t.ok(demoIdentities.admin, 'points', 'publishMaterial', {
      kind: 'article',
      title: '学习党章总纲',
      body: '中国共产党是中国工人阶级的先锋队，同时是中国人民和中华民族的先锋队。',
      requiredSeconds: 600,
    })

  it('is off by default: 完成学习 counts as soon as the opened material is finished', async () => {
    const material = await publish()
    expect(material.timed).toBe(false)
    const session = await t.ok(demoIdentities.member, 'points', 'startStudy', { materialId: material.id })
    expect(session).toMatchObject({ timed: false })
    expect(await t.ok(demoIdentities.member, 'points', 'completeStudy', { materialId: material.id })).toEqual({
      status: 'granted',
      points: 1,
      message: null,
    })
    const listed = await t.ok(demoIdentities.member, 'points', 'listMaterials', {})
    expect(listed.find((item) => item.id === material.id)).toMatchObject({ timed: false, progress: 'completed' })
  })

  it('when on, waits for the study time on the server clock; turned off again, the wait goes', async () => {
    await configure('own', true)
    const material = await publish()
    await t.ok(demoIdentities.member, 'points', 'startStudy', { materialId: material.id })
    expect(await t.call(demoIdentities.member, 'points', 'completeStudy', { materialId: material.id })).toEqual({
      ok: false,
      code: 'STUDY_TOO_EARLY',
      message: '学习时间不足，还需学习 10 分 0 秒',
    })
    expect(await ledger(t, { category: 'study' })).toHaveLength(0)
    await configure('own', false)
    expect(await t.ok(demoIdentities.member, 'points', 'completeStudy', { materialId: material.id })).toMatchObject({
      status: 'granted',
    })
  })
})
