import { demoIdentities, type TestCloud } from '../helpers/testCloud'
import { ledger, pointsState, shanghai, startPointsCloud, useFakeClock } from './helpers'

let t: TestCloud
beforeEach(async () => {
  t = await startPointsCloud()
  useFakeClock(shanghai('2026-06-01T09:00:00'))
})
afterEach(() => jest.useRealTimers())

const article = (title: string, requiredSeconds = 60) => ({
  kind: 'article' as const,
  title,
  body: '中国共产党是中国工人阶级的先锋队，同时是中国人民和中华民族的先锋队。',
  requiredSeconds,
})

describe('editing and taking down study materials', () => {
  it('lets the publisher’s side correct a material, and nobody else', async () => {
    const org = await t.ok(demoIdentities.admin, 'points', 'publishMaterial', article('学习党章第一章'))
    const branch = await t.ok(demoIdentities.secretary, 'points', 'publishMaterial', article('第一支部资料'))
    const edited = await t.ok(demoIdentities.admin, 'points', 'updateMaterial', {
      materialId: org.id,
      ...article('学习党章总纲', 120),
    })
    expect(edited).toMatchObject({ id: org.id, title: '学习党章总纲', requiredSeconds: 120, scope: 'organisation' })
    expect(await t.ok(demoIdentities.member, 'points', 'getMaterial', { materialId: org.id })).toMatchObject({
      title: '学习党章总纲',
    })
    expect(
      await t.ok(demoIdentities.secretary, 'points', 'updateMaterial', {
        materialId: branch.id,
        kind: 'video',
        title: '第一支部视频党课',
        videoUrl: 'https://example.org/lecture.mp4',
        requiredSeconds: 300,
      }),
    ).toMatchObject({ kind: 'video', videoUrl: 'https://example.org/lecture.mp4', body: '' })

    const before = pointsState(t)
    const bySecretary = await t.call(demoIdentities.secretary, 'points', 'updateMaterial', {
      materialId: org.id,
      ...article('改标题'),
    })
    expect(bySecretary).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '只有发布方可以修改或下架这份学习资料' })
    const byOtherBranch = await t.call(demoIdentities.otherSecretary, 'points', 'withdrawMaterial', {
      materialId: branch.id,
    })
    expect(byOtherBranch).toEqual({ ok: false, code: 'NOT_FOUND', message: '学习资料不存在或已下架' })
    const noSource = await t.call(demoIdentities.secretary, 'points', 'updateMaterial', {
      materialId: branch.id,
      kind: 'video',
      title: '第一支部视频党课',
      requiredSeconds: 300,
    })
    expect(noSource).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(pointsState(t)).toEqual(before)
  })

  it('takes a material down for members while the points earned from it stay', async () => {
    const material = await t.ok(demoIdentities.secretary, 'points', 'publishMaterial', article('第一支部资料', 5))
    await t.ok(demoIdentities.member, 'points', 'startStudy', { materialId: material.id })
    await t.ok(demoIdentities.member, 'points', 'completeStudy', { materialId: material.id })

    expect(await t.ok(demoIdentities.secretary, 'points', 'withdrawMaterial', { materialId: material.id })).toEqual({
      materialId: material.id,
    })
    const listed = await t.ok(demoIdentities.member2, 'points', 'listMaterials', {})
    expect(listed.map((item) => item.id)).not.toContain(material.id)
    for (const action of ['getMaterial', 'startStudy', 'completeStudy'] as const)
      expect(await t.call(demoIdentities.member2, 'points', action, { materialId: material.id })).toEqual({
        ok: false,
        code: 'NOT_FOUND',
        message: '学习资料不存在或已下架',
      })
    expect(await ledger(t, { category: 'study', memberId: 'm006' })).toHaveLength(1)

    const before = pointsState(t)
    expect(await t.ok(demoIdentities.admin, 'points', 'withdrawMaterial', { materialId: material.id })).toEqual({
      materialId: material.id,
    })
    expect(pointsState(t)).toEqual(before)
  })
})
