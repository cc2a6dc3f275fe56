import type { StatsPeriodInput } from '../../cloudfunctions/common/contract/stats'
import { useFakeClock } from '../helpers/clock'
import { startTestCloud, type TestCloud } from '../helpers/testCloud'
import { NOW, openidOf, seedFixture } from './fixture'

/** Fake Date only (the local database and the host keep their real timers), set to `at`. */
export const freezeTime = (at: Date = NOW) => useFakeClock(at)

/** A fresh cloud holding only the hand-computed fixture. */
export const fixtureCloud = async (): Promise<TestCloud> => {
  const t = await startTestCloud({ seed: false, now: NOW })
  await seedFixture(t.db)
  return t
}

export const leader = openidOf('l1')
export const secretary = openidOf('m1')
export const plainMember = openidOf('m3')

export const month = (key: string): StatsPeriodInput => ({ kind: 'month', key })
export const quarter = (key: string): StatsPeriodInput => ({ kind: 'quarter', key })
export const year = (key: string): StatsPeriodInput => ({ kind: 'year', key })
