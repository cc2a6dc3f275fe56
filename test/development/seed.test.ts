import { shanghai, useFakeClock } from '../helpers/clock'
import { demoIdentities, startTestCloud, type TestCloud } from '../helpers/testCloud'

const NOW = shanghai('2026-11-30 10:00')

describe('the demo seed’s 党员发展 files', () => {
  let t: TestCloud
  beforeAll(async () => {
    useFakeClock(NOW)
    t = await startTestCloud({ now: NOW, history: true })
  })
  afterAll(() => {
    jest.useRealTimers()
    t.cloud.close()
  })

  it('gives 第一支部 a file at each stage before 预备, one of them overdue', async () => {
    const { rows } = await t.ok(demoIdentities.secretary, 'development', 'branchPipeline', {})
    expect(rows.map((row) => [row.name, row.stage])).toEqual([
      ['王浩然', 'candidate'],
      ['刘佳琪', 'activist'],
      ['陈思远', 'applicant'],
      ['张晓雨', 'applicant'],
    ])
    const overdue = rows.filter((row) => row.next?.overdue)
    expect(overdue.map((row) => [row.name, row.next?.kind, row.next?.dueOn])).toEqual([
      ['张晓雨', 'talk', '2026-11-16'],
    ])
    // No deadline passed: the nearest one shows (the quarterly 思想汇报 since the last, 20 days ago).
    const candidate = rows.find((row) => row.name === '王浩然')
    expect(candidate?.next).toMatchObject({ kind: 'thoughtReport', dueOn: '2027-02-10', overdue: false })
    const file = await t.ok(demoIdentities.secretary, 'development', 'developmentFile', {
      personId: candidate?.id ?? '',
    })
    expect(file.due.map((step) => [step.kind, step.note])).toEqual([
      ['thoughtReport', ''],
      ['introducers', ''],
      ['publicity', '尚未完成：确定入党介绍人'],
      ['admissionVote', '尚未进行发展对象公示'],
    ])
  })

  it('puts 第二支部’s 预备党员 on its roster as 预备, without a vote', async () => {
    const { rows } = await t.ok(demoIdentities.otherSecretary, 'development', 'branchPipeline', {})
    expect(rows).toEqual([expect.objectContaining({ name: '孙悦', stage: 'probationary' })])
    const { data } = await t.db.collection('members').where({ name: '孙悦' }).get()
    expect(data).toEqual([expect.objectContaining({ branchId: 'b2', probationary: true, status: 'active' })])
    const roster = await t.ok(demoIdentities.otherSecretary, 'members', 'listRoster', {})
    expect(roster.filter((entry) => entry.probationary).map((entry) => entry.name)).toEqual(['孙悦'])
  })

  it('shows leaders each branch’s pipeline by stage, the overdue files and the year’s figures, without names', async () => {
    const overview = await t.ok(demoIdentities.leader, 'development', 'pipelineOverview', {})
    expect(overview.year).toBe(2026)
    const byBranch = new Map(overview.rows.map((row) => [row.branchId, row]))
    expect(byBranch.get('b1')).toMatchObject({
      inProgress: { applicant: 2, activist: 1, candidate: 1, probationary: 0 },
      overdue: 1,
      // 刘佳琪 积极分子 300 days ago (2026-02-03), 王浩然 发展对象 330 days ago (2026-01-04).
      year: { activists: 1, candidates: 1, admitted: 0, full: 0 },
    })
    // 孙悦: 积极分子 800 days ago, 发展对象 430 days ago (2025-09-26), admitted 200 days ago (2026-05-14).
    expect(byBranch.get('b2')).toMatchObject({
      inProgress: { applicant: 0, activist: 0, candidate: 0, probationary: 1 },
      overdue: 0,
      year: { activists: 0, candidates: 0, admitted: 1, full: 0 },
    })
    expect(overview.total).toMatchObject({ overdue: 1, inProgress: { applicant: 2, probationary: 1 } })
    expect(JSON.stringify(overview)).not.toMatch(/张晓雨|孙悦/)
    const lastYear = await t.ok(demoIdentities.leader, 'development', 'pipelineOverview', { year: 2025 })
    expect(lastYear.total.year).toEqual({ activists: 0, candidates: 1, admitted: 0, full: 0 })
  })

  it('shows a 二级党委 leader only the branches of their subtree', async () => {
    const overview = await t.ok(demoIdentities.groupSubLeader, 'development', 'pipelineOverview', {})
    expect(overview.rows.map((row) => row.branchId)).not.toContain('b1')
    expect(overview.rows.length).toBeGreaterThan(0)
    expect(overview.total.inProgress).toEqual({ applicant: 0, activist: 0, candidate: 0, probationary: 0 })
  })
})
