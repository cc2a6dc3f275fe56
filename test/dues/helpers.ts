import type { Payload } from '../../cloudfunctions/common/contract'
import { collections } from '../../cloudfunctions/common/db/collections'
import { shanghai, useFakeClock } from '../helpers/clock'
import { cloudPerTest, demoIdentities, type TestCloud } from '../helpers/testCloud'

export { demoIdentities }

/** Friday 2026-11-20 10:00 in Asia/Shanghai: the dues suites' clock. */
export const DUES_NOW = shanghai('2026-11-20 10:00')

/** A fresh seeded cloud per test on a fake clock at DUES_NOW (real timers again afterwards). */
export const useDuesCloud = (): TestCloud => {
  beforeEach(() => useFakeClock(DUES_NOW))
  afterEach(() => jest.useRealTimers())
  return cloudPerTest()
}

export const fen = (yuanValue: number) => Math.round(yuanValue * 100)

/** 第一支部's secretary declares (and so confirms) a base for one of its members. */
export const setBase = (
  t: TestCloud,
  memberId: string,
  fromMonth: string,
  payYuan: number,
  category: Payload<'dues', 'declareBase'>['category'] = 'employed',
  insuranceYuan = 0,
) =>
  t.ok(demoIdentities.secretary, 'dues', 'declareBase', {
    memberId,
    category,
    fromMonth,
    ...(category === 'flat' ? {} : { payFen: fen(payYuan), insuranceFen: fen(insuranceYuan) }),
  })

export const setJoinedOn = (t: TestCloud, memberId: string, joinedOn: string) =>
  t.db.collection(collections.members.name).doc(memberId).update({ data: { joinedOn } })

/** Everything dues wrote, for "nothing written" checks. */
export const duesState = (t: TestCloud) => {
  const dump = t.cloud.database.dump()
  return Object.fromEntries(Object.entries(dump).filter(([name]) => name.startsWith('dues')))
}
