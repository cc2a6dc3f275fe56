import cloud from 'wx-server-sdk'
import { demoIdentities } from '../helpers/testCloud'
import { LOCAL_TEMPLATES, deliveries, generalNotice, optIn, outbox, NOTICES_NOW, useNoticesCloud } from './helpers'

const t = useNoticesCloud({ clock: NOTICES_NOW })

const { secretary, member, member2, committee } = demoIdentities

describe('subscribe messages on publish and reminder', () => {
  it('tells opted-in recipients of a new notice, each once, and counts the others', async () => {
    await optIn(t, member)
    await optIn(t, member2)
    const { notice, delivery } = await t.ok(secretary, 'notices', 'publishNotice', generalNotice({ requiresAck: true }))
    // 20 members of 第一支部 minus the publisher; two opted in.
    expect(delivery).toEqual({ sent: 2, failed: 0, notSubscribed: 17 })
    const messages = await outbox(t, LOCAL_TEMPLATES.notice)
    expect(messages.map((message) => message.touser).sort()).toEqual([member, member2].sort())
    expect(messages[0]).toMatchObject({
      page: `pages/notice-detail/index?id=${notice.id}`,
      data: {
        thing1: { value: notice.title.length > 20 ? expect.any(String) : notice.title },
        thing4: { value: '请及时查看并签阅' },
      },
    })
    // The one-time credit is spent.
    const subscription = await t.ok(member, 'notices', 'mySubscription', {})
    expect(subscription.templates.find((entry) => entry.kind === 'notice')?.credits).toBe(0)
  })

  it('reminds only unread, opted-in members, once, and not again right away', async () => {
    const { notice } = await t.ok(secretary, 'notices', 'publishNotice', generalNotice())
    await optIn(t, member, 2)
    await optIn(t, member2, 2)
    await t.ok(member2, 'notices', 'openNotice', { noticeId: notice.id })

    const result = await t.ok(secretary, 'notices', 'remindUnread', { noticeId: notice.id })
    expect(result).toEqual({ unread: 19, sent: 1, failed: 0, notSubscribed: 18 })
    const reminders = await outbox(t, LOCAL_TEMPLATES.reminder)
    expect(reminders.map((message) => message.touser)).toEqual([member])

    const again = await t.call(secretary, 'notices', 'remindUnread', { noticeId: notice.id })
    expect(again).toMatchObject({ ok: false, code: 'NOTICE_REMIND_TOO_SOON' })
    expect(await outbox(t, LOCAL_TEMPLATES.reminder)).toHaveLength(1)

    // Double taps after the cooldown make one round, not two.
    jest.setSystemTime(Date.now() + 11 * 60_000)
    const taps = await Promise.all(
      [1, 2].map(() => t.call(secretary, 'notices', 'remindUnread', { noticeId: notice.id })),
    )
    expect(taps.filter((tap) => tap.ok)).toHaveLength(1)
    expect((await outbox(t, LOCAL_TEMPLATES.reminder)).filter((message) => message.touser === member)).toHaveLength(2)
  })

  it('records a WeChat error per recipient without failing the publish', async () => {
    await optIn(t, member)
    await optIn(t, member2)
    await optIn(t, committee)
    const openapi = (
      cloud as unknown as { openapi: { subscribeMessage: { send: (message: { touser: string }) => Promise<unknown> } } }
    ).openapi
    const realSend = openapi.subscribeMessage.send
    openapi.subscribeMessage.send = async (message) => {
      if (message.touser === member) throw Object.assign(new Error('user refuse to accept the msg'), { errCode: 43101 })
      if (message.touser === committee) throw Object.assign(new Error('system error'), { errCode: -1 })
      return realSend(message as never)
    }
    const { notice, delivery } = await t.ok(secretary, 'notices', 'publishNotice', generalNotice()).finally(() => {
      openapi.subscribeMessage.send = realSend
    })
    expect(delivery).toMatchObject({ sent: 1, failed: 2 })
    const failed = await deliveries(t, { noticeId: notice.id, status: 'failed' })
    expect(failed.map((doc) => [doc.memberId, doc.errCode]).sort()).toEqual([
      ['m002', -1],
      ['m006', 43101],
    ])
    // 43101: WeChat holds no subscription, so none is counted; a system error gives the credit back.
    const credits = async (openid: string) =>
      (await t.ok(openid, 'notices', 'mySubscription', {})).templates.find((entry) => entry.kind === 'notice')?.credits
    expect(await credits(member)).toBe(0)
    expect(await credits(committee)).toBe(1)
  })

  it('accepts only configured templates', async () => {
    const before = t.cloud.database.dump()
    expect(await t.call(member, 'notices', 'subscribe', { templateIds: ['someone-elses-template'] })).toMatchObject({
      ok: false,
      code: 'NOTICE_TEMPLATE_UNKNOWN',
    })
    expect(t.cloud.database.dump()).toEqual(before)
    const mine = await t.ok(member, 'notices', 'subscribe', { templateIds: [LOCAL_TEMPLATES.meeting] })
    expect(mine.templates).toEqual([
      { kind: 'notice', templateId: LOCAL_TEMPLATES.notice, credits: 0 },
      { kind: 'reminder', templateId: LOCAL_TEMPLATES.reminder, credits: 0 },
      { kind: 'meeting', templateId: LOCAL_TEMPLATES.meeting, credits: 1 },
      { kind: 'leave', templateId: LOCAL_TEMPLATES.leave, credits: 0 },
      { kind: 'birthday', templateId: LOCAL_TEMPLATES.birthday, credits: 0 },
    ])
  })
})
