/**
 * Issue 12 §4: contention is never an INTERNAL. While another transaction
 * holds a document a rush action must write (here the member's own totals
 * of the day, which every grant writes), each of the function's attempts
 * meets the write conflict; after the last retry the action answers BUSY in
 * its own words, having written nothing, and succeeds once the holder is gone.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import { CONFLICT_RETRIES } from '../../cloudfunctions/common/db/conflicts'
import type { Transaction } from '../../cloudfunctions/common/db/database'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import { codeForSlot, slotAt } from '../../cloudfunctions/events/rules/code'
import { memberTotalsId } from '../../cloudfunctions/common/db/models/points'
import { dayKey } from '../../cloudfunctions/common/periods'
import { recordRoundTrips } from '../../local/db'
import { useFakeClock } from '../helpers/clock'
import { demoIdentities, startTestCloud, type TestCloud } from '../helpers/testCloud'
import { loadFixture, type Fixture } from '../security/fixture'

const { member, member2 } = demoIdentities

interface OpenTransaction extends Transaction {
  rollback(): Promise<unknown>
}

interface Case {
  name: string
  memberId: string
  message: string
  arrange?: (t: TestCloud) => Promise<void>
  act: (t: TestCloud, fixture: Fixture) => Promise<{ ok: boolean }>
}

const cases: Case[] = [
  {
    name: 'checkIn',
    memberId: 'm006',
    message: '当前签到人数较多，请稍候重试',
    act: async (t, f) => {
      const event = (await t.db.collection<EventDoc>(collections.events.name).doc(f.openEventId).get()).data
      return t.call(member, 'events', 'checkIn', {
        eventId: event._id,
        code: codeForSlot(event.secret, slotAt(new Date())),
      })
    },
  },
  {
    name: 'acknowledgeNotice',
    memberId: 'm006',
    message: '当前签阅人数较多，请稍候重试',
    act: (t, f) => t.call(member, 'notices', 'acknowledgeNotice', { noticeId: f.ackNoticeId }),
  },
  {
    name: 'completeStudy',
    memberId: 'm007',
    message: '当前学习人数较多，请稍候重试',
    arrange: async (t) => {
      useFakeClock(new Date())
      await t.ok(member2, 'points', 'startStudy', { materialId: 'mat-b1-safety' })
      jest.setSystemTime(new Date(Date.now() + 3600_000))
    },
    act: (t) => t.call(member2, 'points', 'completeStudy', { materialId: 'mat-b1-safety' }),
  },
]

let t: TestCloud
let fixture: Fixture

beforeEach(async () => {
  jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  t = await startTestCloud()
  fixture = await loadFixture(t, new Date())
})
afterEach(() => {
  jest.restoreAllMocks()
  jest.useRealTimers()
  t.cloud.close()
})

/** Another transaction writes the member's totals of today and stays open. */
const holdTodaysTotals = async (memberId: string): Promise<OpenTransaction> => {
  const db = t.db as unknown as { startTransaction(): Promise<OpenTransaction> }
  const holder = await db.startTransaction()
  await holder
    .collection(collections.pointsTotals.name)
    .doc(memberTotalsId(memberId, dayKey(new Date())))
    .set({ data: { memberId, held: true } })
  return holder
}

describe.each(cases.map((item) => [item.name, item] as const))('%s under a held document', (_name, item) => {
  it('answers BUSY in its own words after every retry, writes nothing, and succeeds once the holder is gone', async () => {
    await item.arrange?.(t)
    const holder = await holdTodaysTotals(item.memberId)
    const before = JSON.stringify(t.cloud.database.dump())
    const busy = await recordRoundTrips(() => item.act(t, fixture))
    expect(busy.result).toEqual({ ok: false, code: 'BUSY', message: item.message })
    expect(busy.byAction['database.startTransaction']).toBe(1 + CONFLICT_RETRIES)
    expect(JSON.stringify(t.cloud.database.dump())).toBe(before)
    await holder.rollback()
    const after = await recordRoundTrips(() => item.act(t, fixture))
    expect(after.result).toMatchObject({ ok: true })
    expect(after.byAction['database.startTransaction']).toBe(1)
  })
})
