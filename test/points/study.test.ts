import { collections } from '../../cloudfunctions/common/db/collections'
import { demoIdentities, type TestCloud } from '../helpers/testCloud'
import { ledger, pointsOf, pointsState, shanghai, useFakeClock, startPointsCloud } from './helpers'

let t: TestCloud
beforeEach(async () => {
  t = await startPointsCloud()
  useFakeClock(shanghai('2026-06-01T09:00:00'))
})
afterEach(() => jest.useRealTimers())

const publish = (openid: string, title = '学习党章第一章', requiredSeconds = 60) =>
  t.ok(openid, 'points', 'publishMaterial', {
    kind: 'article',
    title,
    body: '## 总纲\n\n中国共产党是中国工人阶级的先锋队，同时是中国人民和中华民族的先锋队。',
    requiredSeconds,
  })

describe('publishing a material', () => {
  it('answers a retried publish (same request id) with the material it already made', async () => {
    const payload = {
      kind: 'article' as const,
      title: '学习党章第二章',
      body: '## 党员\n\n年满十八岁的中国工人、农民、军人、知识分子和其他社会阶层的先进分子。',
      requiredSeconds: 60,
      requestId: 'material-form-1',
    }
    const [first, concurrent] = await Promise.all([
      t.ok(demoIdentities.admin, 'points', 'publishMaterial', payload),
      t.ok(demoIdentities.admin, 'points', 'publishMaterial', payload),
    ])
    const again = await t.ok(demoIdentities.admin, 'points', 'publishMaterial', payload)
    expect([concurrent.id, again.id]).toEqual([first.id, first.id])
    const stored = await t.db.collection(collections.studyMaterials.name).where({ title: '学习党章第二章' }).get()
    expect(stored.data).toHaveLength(1)
  })
})

describe('server-timed study', () => {
  it('grants only after the required time on the server clock, once, when the organisation times study', async () => {
    await t.ok(demoIdentities.admin, 'points', 'updateSettings', { rankingVisibility: 'own', studyTimed: true })
    const material = await publish(demoIdentities.admin)
    const member = demoIdentities.member
    const session = await t.ok(member, 'points', 'startStudy', { materialId: material.id })
    expect(session).toMatchObject({
      startedAt: shanghai('2026-06-01T09:00:00').toISOString(),
      requiredSeconds: 60,
      timed: true,
    })

    jest.setSystemTime(shanghai('2026-06-01T09:00:30'))
    const early = await t.call(member, 'points', 'completeStudy', { materialId: material.id })
    expect(early).toEqual({ ok: false, code: 'STUDY_TOO_EARLY', message: '学习时间不足，还需学习 30 秒' })
    expect(await ledger(t)).toHaveLength(0)

    // Reopening does not restart the clock.
    await t.ok(member, 'points', 'startStudy', { materialId: material.id })
    jest.setSystemTime(shanghai('2026-06-01T09:01:00'))
    expect(await t.ok(member, 'points', 'completeStudy', { materialId: material.id })).toEqual({
      status: 'granted',
      points: 1,
      message: null,
    })
    expect(await t.ok(member, 'points', 'completeStudy', { materialId: material.id })).toMatchObject({
      status: 'duplicate',
    })
    expect(await pointsOf(t, 'm006', '2026-06-01')).toBe(1)
    const listed = await t.ok(member, 'points', 'listMaterials', {})
    expect(listed.find((item) => item.id === material.id)?.progress).toBe('completed')
  })

  it('refuses completion without a start, and ignores any client time', async () => {
    const material = await publish(demoIdentities.admin)
    expect(await t.call(demoIdentities.member, 'points', 'completeStudy', { materialId: material.id })).toMatchObject({
      ok: false,
      code: 'STUDY_NOT_STARTED',
    })
    const forged = await t.raw(demoIdentities.member, 'points', {
      action: 'completeStudy',
      payload: { materialId: material.id, startedAt: '2020-01-01T00:00:00Z' },
    })
    expect(forged).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  })

  it('keeps a completion open when today’s cap is full, so it counts tomorrow', async () => {
    const materials = []
    for (let n = 0; n < 7; n++) materials.push(await publish(demoIdentities.admin, `资料 ${n}`, 5))
    for (const material of materials)
      await t.ok(demoIdentities.member, 'points', 'startStudy', { materialId: material.id })
    jest.setSystemTime(shanghai('2026-06-01T09:10:00'))
    for (const material of materials.slice(0, 6))
      await t.ok(demoIdentities.member, 'points', 'completeStudy', { materialId: material.id })
    const seventh = await t.call(demoIdentities.member, 'points', 'completeStudy', { materialId: materials[6].id })
    expect(seventh).toEqual({
      ok: false,
      code: 'POINTS_CAP_REACHED',
      message: '今日学习积分已达上限（6 分），明天再来完成学习吧',
    })
    jest.setSystemTime(shanghai('2026-06-02T00:01:00'))
    expect(await t.ok(demoIdentities.member, 'points', 'completeStudy', { materialId: materials[6].id })).toMatchObject(
      {
        status: 'granted',
        points: 1,
      },
    )
  })

  it('shows a secretary’s material to their branch only', async () => {
    const material = await publish(demoIdentities.secretary, '第一支部学习资料')
    expect(material.scope).toBe('branch')
    const other = await t.call(demoIdentities.otherMember, 'points', 'startStudy', { materialId: material.id })
    expect(other).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const list = await t.ok(demoIdentities.otherMember, 'points', 'listMaterials', {})
    expect(list.map((item) => item.id)).not.toContain(material.id)
  })

  it('refuses a video without a source and writes nothing', async () => {
    const before = pointsState(t)
    const result = await t.call(demoIdentities.admin, 'points', 'publishMaterial', {
      kind: 'video',
      title: '视频党课',
      requiredSeconds: 60,
    })
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '请填写视频地址或上传视频文件（二选一）',
    })
    expect(pointsState(t)).toEqual(before)
  })
})
