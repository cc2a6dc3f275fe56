import type { Payload } from '../../cloudfunctions/common/contract'
import { collections } from '../../cloudfunctions/common/db/collections'
import { eventDoc, type EventDoc } from '../../cloudfunctions/common/db/models/events'
import type { DeliveryDoc } from '../../cloudfunctions/common/db/models/notices'
import { LOCAL_TEMPLATES } from '../../local/seed/notices'
import { shanghai, useFakeClock } from '../helpers/clock'
import { cloudPerTest, type TestCloud } from '../helpers/testCloud'

export { LOCAL_TEMPLATES }

export type PublishPayload = Payload<'notices', 'publishNotice'>

/** Friday 2026-11-20 10:00 in Asia/Shanghai (02:00 UTC): the clock of the suites that fix it. */
export const NOTICES_NOW = shanghai('2026-11-20 10:00')

/**
 * A fresh seeded cloud for each test; with `clock`, each test also runs on a fake clock set to it
 * (real timers again after the test).
 */
export const useNoticesCloud = ({ clock }: { clock?: Date } = {}): TestCloud => {
  if (clock) {
    beforeEach(() => useFakeClock(clock))
    afterEach(() => jest.useRealTimers())
  }
  return cloudPerTest()
}

export const generalNotice = (overrides: Partial<PublishPayload> = {}): PublishPayload => ({
  kind: 'general',
  audience: { scope: 'branch' },
  title: '关于召开支部党员大会的通知',
  body: '全体党员：\n请准时参加。',
  attachments: [],
  pinned: false,
  requiresAck: false,
  ...overrides,
})

export interface OutboxMessage {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
}

export const outbox = async (t: TestCloud, templateId?: string): Promise<OutboxMessage[]> => {
  const { data } = await t.db
    .collection<OutboxMessage>(collections.outbox.name)
    .where(templateId ? { templateId } : {})
    .limit(1000)
    .get()
  return data
}

export const deliveries = async (t: TestCloud, filter: Record<string, unknown>): Promise<DeliveryDoc[]> =>
  (await t.db.collection<DeliveryDoc>(collections.noticeDeliveries.name).where(filter).limit(1000).get()).data

/** Opts a member in to the 通知 banner's templates (新通知, 未读催办, 会前提醒), `times` one-time credits each. */
export const optIn = async (t: TestCloud, openid: string, times = 1): Promise<void> => {
  const templateIds = [LOCAL_TEMPLATES.notice, LOCAL_TEMPLATES.reminder, LOCAL_TEMPLATES.meeting]
  for (let i = 0; i < times; i++) await t.ok(openid, 'notices', 'subscribe', { templateIds })
}

/** 第一支部's planned 第四季度支部党员大会 starting at `start`, as the events feature stores it. */
export const plannedMeeting = (_id: string, start: Date, fields: Partial<EventDoc> = {}): EventDoc => ({
  ...eventDoc(
    {
      _id,
      branchId: 'b1',
      groupId: null,
      type: 'general_meeting',
      title: '第四季度支部党员大会',
      agenda: '',
      venue: { name: '三楼党员活动室', latitude: null, longitude: null, radius: 300 },
      start,
      end: new Date(start.getTime() + 2 * 3600_000),
      checkinOpensAt: new Date(start.getTime() - 30 * 60_000),
      lateAfter: new Date(start.getTime() + 10 * 60_000),
      method: 'code',
      expectedMemberIds: ['m001', 'm002', 'm006', 'm007'],
      expectedCount: 4,
      secret: 'test-secret',
    },
    'm001',
    new Date(start.getTime() - 86400_000),
  ),
  ...fields,
})

/** A planned meeting of 第一支部, stored as the events feature stores it. */
export const insertMeeting = async (
  t: TestCloud,
  fields: Partial<EventDoc> & Pick<EventDoc, '_id' | 'start'>,
): Promise<EventDoc> => {
  const start = new Date(fields.start)
  const event = plannedMeeting(fields._id, start, { ...fields, start })
  await t.db.collection(collections.events.name).add({ data: event })
  return event
}
