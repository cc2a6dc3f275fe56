import cloud from 'wx-server-sdk'
import { collections } from '../../cloudfunctions/common/db/collections'
import { SETTINGS_ID } from '../../cloudfunctions/common/notices/ids'
import { LOCAL_TEMPLATES, deliveries, outbox } from '../notices/helpers'
import { createThemeDay, demoIdentities, useEventsCloud } from './eventsHelpers'

const t = useEventsCloud()
const { secretary, member, member2, admin } = demoIdentities

type Send = (message: { touser: string }) => Promise<unknown>
const openapi = () => (cloud as unknown as { openapi: { subscribeMessage: { send: Send } } }).openapi

/** The member taps 「审批结果通知我」 (or accepts WeChat's dialog when asking for leave). */
const optInToLeave = (openid: string) => t.ok(openid, 'notices', 'subscribe', { templateIds: [LOCAL_TEMPLATES.leave] })
const leaveCredits = async (openid: string) =>
  (await t.ok(openid, 'notices', 'mySubscription', {})).templates.find((entry) => entry.kind === 'leave')?.credits

describe('请假审批结果 subscribe message', () => {
  it('tells a member who opted in that the leave was approved; one who did not gets nothing', async () => {
    const eventId = await createThemeDay(t)
    await optInToLeave(member)
    expect(await leaveCredits(member)).toBe(1)
    await t.ok(member, 'events', 'requestLeave', { eventId, reason: '出差在外地' })
    await t.ok(member2, 'events', 'requestLeave', { eventId, reason: '家中有事' })
    await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: true })
    await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm007', approve: true })
    // A double tap on 批准 answers the decision again and tells nobody twice.
    await optInToLeave(member)
    await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: true })

    const messages = await outbox(t, LOCAL_TEMPLATES.leave)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({
      touser: member,
      page: `pages/event/index?eventId=${eventId}`,
      data: { thing1: { value: '学习贯彻党的二十届四中全会精神' }, phrase3: { value: '已批准' } },
    })
    expect(await leaveCredits(member)).toBe(1)
    const told = await deliveries(t, { eventId, purpose: 'leave' })
    expect(told.map((doc) => [doc.memberId, doc.status]).sort()).toEqual([
      ['m006', 'sent'],
      ['m007', 'not_subscribed'],
    ])
  })

  it('a rejection carries its reason; asked anew and decided again, the member is told again', async () => {
    const eventId = await createThemeDay(t)
    await optInToLeave(member)
    await optInToLeave(member)
    await t.ok(member, 'events', 'requestLeave', { eventId, reason: '家中有事' })
    const note = '本次为换届选举，请务必参加'
    await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: false, note })
    await t.ok(member, 'events', 'requestLeave', { eventId, reason: '家中老人住院，需陪护' })
    await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: true })

    const messages = await outbox(t, LOCAL_TEMPLATES.leave)
    expect(messages.map((message) => [message.data.phrase3.value, message.data.thing4.value])).toEqual([
      ['未批准', '驳回理由：本次为换届选举，请务必参加'],
      ['已批准', '本次活动不计缺席'],
    ])
    expect(await leaveCredits(member)).toBe(0)
  })

  it('a WeChat failure is recorded on the delivery and the decision still stands', async () => {
    const eventId = await createThemeDay(t)
    await optInToLeave(member)
    await t.ok(member, 'events', 'requestLeave', { eventId, reason: '出差在外地' })
    const realSend = openapi().subscribeMessage.send
    openapi().subscribeMessage.send = async () => {
      throw Object.assign(new Error('system error'), { errCode: -1 })
    }
    try {
      const decided = await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: true })
      expect(decided).toMatchObject({ status: 'approved' })
    } finally {
      openapi().subscribeMessage.send = realSend
    }
    expect(await t.ok(member, 'events', 'getEvent', { eventId })).toMatchObject({ me: { attendance: 'on_leave' } })
    const [delivery] = await deliveries(t, { eventId, purpose: 'leave' })
    expect(delivery).toMatchObject({ memberId: 'm006', status: 'failed', errCode: -1 })
    // Not delivered: the credit is given back for the next decision.
    expect(await leaveCredits(member)).toBe(1)
    expect(await outbox(t, LOCAL_TEMPLATES.leave)).toHaveLength(0)
  })

  it('without a 请假审批结果 template nothing is asked for or sent', async () => {
    const settings = await t.ok(admin, 'notices', 'getSubscribeSettings', {})
    await t.ok(admin, 'notices', 'updateSubscribeSettings', {
      ...settings,
      templates: { ...settings.templates, leave: '' },
    })
    const mine = await t.ok(member, 'notices', 'mySubscription', {})
    expect(mine.templates.map((entry) => entry.kind)).toEqual(['notice', 'reminder', 'meeting', 'birthday'])
    expect(await t.call(member, 'notices', 'subscribe', { templateIds: [LOCAL_TEMPLATES.leave] })).toMatchObject({
      ok: false,
      code: 'NOTICE_TEMPLATE_UNKNOWN',
    })
    const eventId = await createThemeDay(t)
    await t.ok(member, 'events', 'requestLeave', { eventId, reason: '出差在外地' })
    await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: true })
    expect(await outbox(t)).toHaveLength(0)
  })

  it('settings saved before the leave template existed take it from NOTICE_TEMPLATE_LEAVE', async () => {
    const saved = { templates: { notice: 'n-1', reminder: 'r-1', meeting: 'm-1' }, leadMinutes: 60 }
    await t.db.collection(collections.noticeSettings.name).doc(SETTINGS_ID).set({ data: saved })
    process.env.NOTICE_TEMPLATE_LEAVE = 'env-leave-template'
    try {
      const settings = await t.ok(admin, 'notices', 'getSubscribeSettings', {})
      expect(settings.templates).toEqual({
        notice: 'n-1',
        reminder: 'r-1',
        meeting: 'm-1',
        leave: 'env-leave-template',
        birthday: '',
      })
    } finally {
      delete process.env.NOTICE_TEMPLATE_LEAVE
    }
  })
})
