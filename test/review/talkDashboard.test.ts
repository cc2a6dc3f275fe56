import { generalLeader, growTree, subLeader } from '../units/helpers'
import { as, refused, useReviewCloud } from './helpers'

const t = useReviewCloud()
const b3Secretary = as('m041')
const year = 2026

const coverageRows = async (openid: string) =>
  (await t.ok(openid, 'review', 'reviewDashboard', { year })).map((row) => ({
    branchId: row.branchId,
    talks: row.talks,
    secretary: row.secretaryCoverage,
  }))

describe('谈心谈话 coverage for leaders', () => {
  it('a subtree leader sees the coverage of the branches below their unit only, with a talk just recorded', async () => {
    await growTree(t)
    const before = await coverageRows(subLeader)
    expect(before.map((row) => row.branchId).sort()).toEqual(['b2', 'b3'])
    const b3Before = before.find((row) => row.branchId === 'b3')
    await t.ok(b3Secretary, 'review', 'recordTalk', {
      withId: 'm046',
      on: '2026-11-30',
      kind: 'care',
      topic: '了解家庭困难',
    })
    const after = await coverageRows(subLeader)
    expect(after.find((row) => row.branchId === 'b3')).toEqual({
      branchId: 'b3',
      talks: (b3Before?.talks ?? 0) + 1,
      secretary: { covered: (b3Before?.secretary.covered ?? 0) + 1, total: b3Before?.secretary.total },
    })
    expect((await coverageRows(generalLeader)).map((row) => row.branchId)).toEqual(['b3'])
    const everyBranch = await coverageRows(as('m004'))
    expect(everyBranch.map((row) => row.branchId).sort()).toEqual(['b1', 'b2', 'b3', 'b4'])
    expect(everyBranch.find((row) => row.branchId === 'b3')).toEqual(after.find((row) => row.branchId === 'b3'))
  })

  it('a subtree leader reads the talks of their branches and not of the others', async () => {
    await growTree(t)
    const talks = await t.ok(subLeader, 'review', 'listTalks', { branchId: 'b2', year })
    expect(talks.length).toBeGreaterThan(0)
    expect(talks).toEqual(await t.ok(as('m021'), 'review', 'listTalks', { branchId: 'b2', year }))
    await refused(t, subLeader, 'listTalks', { branchId: 'b1', year }, 'TALK_FORBIDDEN')
    await refused(t, generalLeader, 'talkCoverage', { branchId: 'b2', year }, 'TALK_FORBIDDEN')
  })
})
