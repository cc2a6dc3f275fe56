import type { ErrorCode, Payload } from '../../cloudfunctions/common/contract'
import { shanghai, useFakeClock } from '../helpers/clock'
import { expectRefused } from '../helpers/refusals'
import { cloudPerTest, demoIdentities, startTestCloud, type TestCloud } from '../helpers/testCloud'

/** A Monday; every date the tests record lies before it. */
export const NOW = shanghai('2026-11-30 10:00')
export const TODAY = '2026-11-30'
export const secretary = demoIdentities.secretary

export type StepPayload = Payload<'development', 'recordStep'>

/** A seeded demo cloud per test, with the clock at NOW. */
export const useDevelopmentCloud = (): TestCloud => {
  beforeEach(() => useFakeClock(NOW))
  afterEach(() => jest.useRealTimers())
  return cloudPerTest(() => startTestCloud({ now: NOW }))
}

export const applicant = {
  name: '李明远',
  phone: '13900001111',
  birthDate: '1998-05-01',
  appliedOn: '2023-01-10',
}

/** The call is refused with `code` (and a Chinese message matching `message`) and the database is unchanged. */
export const refused = (
  t: TestCloud,
  openid: string,
  action: string,
  payload: unknown,
  code: ErrorCode,
  message?: RegExp,
) => expectRefused(t, { openid, fn: 'development', action, payload }, code, message)

/** The active members of 第一支部 who may vote on a resolution (正式党员), read from the roster. */
export const votingMembersOfB1 = async (t: TestCloud): Promise<number> => {
  const { data } = await t.db.collection('members').where({ branchId: 'b1', status: 'active' }).limit(1000).get()
  return (data as { probationary?: boolean }[]).filter((member) => !member.probationary).length
}

/** A vote carried by every voting member of 第一支部. */
export const unanimous = (voting: number) => ({ present: voting, inFavour: voting, against: 0, abstaining: 0 })

/**
 * The file of 李明远 walked through the rules' steps with the dates of a
 * real case: applied 2023-01-10, 积极分子 2023-03-01, 发展对象 on the year's
 * anniversary, 支部大会 2024-04-10, approved 2024-05-06.
 */
export const stepsToProbation = (personId: string, voting: number): StepPayload[] => [
  { personId, kind: 'talk', on: '2023-01-20', talkerId: 'm001', notes: '了解入党动机，介绍党的基本知识' },
  { personId, kind: 'activist', on: '2023-03-01', contactIds: ['m002', 'm003'] },
  { personId, kind: 'thoughtReport', on: '2023-06-20' },
  { personId, kind: 'halfYearReview', on: '2023-09-01', notes: '表现良好' },
  { personId, kind: 'halfYearReview', on: '2024-02-28', notes: '进步明显' },
  { personId, kind: 'candidate', on: '2024-03-01' },
  { personId, kind: 'politicalCheck', on: '2024-03-10', conclusion: '政治审查合格' },
  { personId, kind: 'training', on: '2024-03-15', course: '公司党委发展对象培训班', days: 3, hours: 24 },
  { personId, kind: 'introducers', on: '2024-03-20', introducerIds: ['m002', 'm006'] },
  { personId, kind: 'publicity', on: '2024-03-25', until: '2024-03-29' },
  { personId, kind: 'admissionVote', on: '2024-04-10', ...unanimous(voting) },
  { personId, kind: 'approval', on: '2024-05-06', approvedBy: '公司党委' },
]

export const recordAll = async (t: TestCloud, steps: StepPayload[]) => {
  for (const step of steps) await t.ok(secretary, 'development', 'recordStep', step)
}
