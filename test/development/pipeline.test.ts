import type { ErrorCode } from '../../cloudfunctions/common/contract'
import {
  TODAY,
  applicant,
  recordAll,
  refused,
  secretary,
  stepsToProbation,
  unanimous,
  useDevelopmentCloud,
  votingMembersOfB1,
} from './helpers'

const t = useDevelopmentCloud()

const file = (personId: string) => t.ok(secretary, 'development', 'developmentFile', { personId })
const refuseStep = (payload: unknown, code: ErrorCode, message: RegExp) =>
  refused(t, secretary, 'recordStep', payload, code, message)
const member = async (memberId: string) =>
  (await t.db.collection('members').doc(memberId).get()).data as Record<string, unknown>

describe('党员发展: from application to 正式党员', () => {
  it('walks an applicant to 预备党员 on the roster, then to 正式党员 when the 预备期 ends', async () => {
    const voting = await votingMembersOfB1(t)
    const opened = await t.ok(secretary, 'development', 'addApplicant', applicant)
    expect(opened.person).toMatchObject({ stage: 'applicant', appliedOn: '2023-01-10', phone: '13900001111' })
    const personId = opened.person.id

    await recordAll(t, stepsToProbation(personId, voting))
    const probation = await file(personId)
    expect(probation.person).toMatchObject({
      stage: 'probationary',
      activistOn: '2023-03-01',
      candidateOn: '2024-03-01',
      admissionVoteOn: '2024-04-10',
      joinedOn: '2024-04-10',
      probationEndsOn: '2025-04-10',
    })
    expect(probation.steps.map((step) => step.fields.kind)).toEqual(
      stepsToProbation(personId, voting).map((s) => s.kind),
    )
    expect(probation.steps[1]?.names).toEqual({ m002: (await member('m002')).name, m003: (await member('m003')).name })
    const memberId = probation.person.memberId ?? ''
    expect(await member(memberId)).toMatchObject({
      name: '李明远',
      branchId: 'b1',
      joinedOn: '2024-04-10',
      probationary: true,
      status: 'active',
    })
    expect(await votingMembersOfB1(t)).toBe(voting)

    await recordAll(t, [
      { personId, kind: 'oath', on: '2024-05-10' },
      { personId, kind: 'fullVote', on: '2025-04-15', outcome: 'full', ...unanimous(voting) },
    ])
    const full = await file(personId)
    expect(full.person).toMatchObject({ stage: 'full', fullOn: '2025-04-10' })
    expect(full.due).toEqual([])
    expect(await member(memberId)).toMatchObject({ probationary: false, joinedOn: '2024-04-10' })
    expect(await votingMembersOfB1(t)).toBe(voting + 1)
  })

  it('refuses 发展对象 a day short of a year of training, naming the days left, and accepts it on the anniversary', async () => {
    const open = async (phone: string, activistOn: string) => {
      const { person } = await t.ok(secretary, 'development', 'addApplicant', {
        ...applicant,
        phone,
        appliedOn: '2025-10-01',
      })
      await recordAll(t, [
        { personId: person.id, kind: 'talk', on: '2025-10-10', talkerId: 'm001', notes: '入党谈话' },
        { personId: person.id, kind: 'activist', on: activistOn, contactIds: ['m002'] },
        { personId: person.id, kind: 'halfYearReview', on: '2026-05-30', notes: '表现良好' },
        { personId: person.id, kind: 'halfYearReview', on: '2026-11-29', notes: '表现良好' },
      ])
      return person.id
    }
    const short = await open('13900002222', '2025-12-01')
    const candidate = { personId: short, kind: 'candidate' as const, on: TODAY }
    await refuseStep(candidate, 'DEVELOPMENT_NOT_READY', /培养期不满一年（还差 1 天）/)
    const shortFile = await file(short)
    expect(shortFile.due.find((step) => step.kind === 'candidate')).toMatchObject({
      fromOn: '2026-12-01',
      note: '培养期不满一年（还差 1 天）',
    })

    const year = await open('13900003333', '2025-11-30')
    await t.ok(secretary, 'development', 'recordStep', { ...candidate, personId: year })
    expect((await file(year)).person).toMatchObject({ stage: 'candidate', candidateOn: TODAY })
  })

  it('asks for both half-year reviews before 发展对象', async () => {
    const { person } = await t.ok(secretary, 'development', 'addApplicant', applicant)
    await recordAll(t, stepsToProbation(person.id, 0).slice(0, 4))
    await refused(
      t,
      secretary,
      'recordStep',
      { personId: person.id, kind: 'candidate', on: '2024-03-01' },
      'DEVELOPMENT_NOT_READY',
      /半年考察记录不足（已有 1 次，需 2 次）/,
    )
  })

  it('refuses steps out of order, twice, misdated or with a short 公示, writing nothing', async () => {
    const { person } = await t.ok(secretary, 'development', 'addApplicant', applicant)
    const personId = person.id
    const [talk, activist] = stepsToProbation(personId, 0)
    await refuseStep(activist, 'DEVELOPMENT_NOT_READY', /尚未进行入党谈话/)
    await refuseStep(
      { personId, kind: 'candidate', on: '2024-03-01' },
      'DEVELOPMENT_STAGE',
      /入党申请人阶段不能办理「确定为发展对象」/,
    )
    await refuseStep({ ...talk!, on: '2026-12-01' }, 'DEVELOPMENT_DATE_INVALID', /不能晚于今天/)
    await refuseStep({ ...talk!, on: '2023-01-09' }, 'DEVELOPMENT_DATE_INVALID', /不能早于上一环节（2023-01-10）/)
    await t.ok(secretary, 'development', 'recordStep', talk!)
    await refuseStep({ ...talk!, on: '2023-02-01' }, 'DEVELOPMENT_STEP_DONE', /已于 2023-01-20 办理/)

    const steps = stepsToProbation(personId, 0)
    await recordAll(t, steps.slice(1, 9))
    const publicity = steps[9]!
    await refuseStep({ ...publicity, until: '2024-03-28' }, 'DEVELOPMENT_DATE_INVALID', /公示期不少于 5 天/)
    await t.ok(secretary, 'development', 'recordStep', publicity)
    const early = {
      personId,
      kind: 'admissionVote' as const,
      on: '2024-03-29',
      ...unanimous(await votingMembersOfB1(t)),
    }
    await refuseStep(early, 'DEVELOPMENT_NOT_READY', /公示期至 2024-03-29/)
  })

  it('opens the 公示 only once 政审, 培训 and both introducers are done, listing what is missing', async () => {
    const { person } = await t.ok(secretary, 'development', 'addApplicant', applicant)
    const steps = stepsToProbation(person.id, 0)
    const training = (days: number, hours: number) =>
      ({ personId: person.id, kind: 'training', on: '2024-03-15', course: '发展对象培训班', days, hours }) as const
    await recordAll(t, [...steps.slice(0, 6), training(2, 16)])
    await refuseStep(
      steps[9],
      'DEVELOPMENT_NOT_READY',
      /尚未完成：政治审查、集中培训（已 2 天 16 学时，需 3 天或 24 学时）、确定入党介绍人/,
    )
    await recordAll(t, [steps[6]!, training(0, 8), steps[8]!])
    await t.ok(secretary, 'development', 'recordStep', steps[9]!)
  })

  it('needs the higher committee’s approval within 3 months of the 支部大会', async () => {
    const voting = await votingMembersOfB1(t)
    const { person } = await t.ok(secretary, 'development', 'addApplicant', applicant)
    const steps = stepsToProbation(person.id, voting)
    await recordAll(t, steps.slice(0, 11))
    const approval = steps[11]!
    await refuseStep({ ...approval, on: '2024-07-11' }, 'DEVELOPMENT_NOT_READY', /3 个月的审批期限（2024-07-10）/)
    await t.ok(secretary, 'development', 'recordStep', { ...approval, on: '2024-07-10' })
  })

  it('extends a 预备期 once, by 6 to 12 months, and moves 转正 to its new end', async () => {
    const voting = await votingMembersOfB1(t)
    const { person } = await t.ok(secretary, 'development', 'addApplicant', applicant)
    const personId = person.id
    await recordAll(t, [...stepsToProbation(personId, voting), { personId, kind: 'oath', on: '2024-05-10' }])
    const vote = { personId, kind: 'fullVote' as const, on: '2025-04-10', ...unanimous(voting) }
    await refuseStep({ ...vote, on: '2025-04-09', outcome: 'full' }, 'DEVELOPMENT_NOT_READY', /预备期未满（还差 1 天）/)
    await refuseStep({ ...vote, outcome: 'extend' }, 'INVALID_INPUT', /延长预备期/)
    await refuseStep({ ...vote, outcome: 'extend', extendMonths: 5 }, 'INVALID_INPUT', /不能小于 6/)
    await t.ok(secretary, 'development', 'recordStep', { ...vote, outcome: 'extend', extendMonths: 6 })
    expect((await file(personId)).person).toMatchObject({ stage: 'probationary', probationEndsOn: '2025-10-10' })
    await refuseStep(
      { ...vote, on: '2025-10-10', outcome: 'extend', extendMonths: 6 },
      'DEVELOPMENT_STEP_DONE',
      /只能延长一次/,
    )
    await t.ok(secretary, 'development', 'recordStep', { ...vote, on: '2025-10-10', outcome: 'full' })
    expect((await file(personId)).person).toMatchObject({ stage: 'full', fullOn: '2025-10-10' })
  })
})
