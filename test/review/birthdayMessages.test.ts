import cloud from 'wx-server-sdk'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import type { NoticeSettingsDoc } from '../../cloudfunctions/common/db/models/notices'
import { SETTINGS_ID } from '../../cloudfunctions/common/notices/ids'
import { LOCAL_TEMPLATES, deliveries, outbox } from '../notices/helpers'
import { as, setClock, useReviewCloud } from './helpers'
import { shanghai } from '../helpers/clock'

const t = useReviewCloud()

type Send = (message: { touser: string }) => Promise<unknown>
const openapi = () => (cloud as unknown as { openapi: { subscribeMessage: { send: Send } } }).openapi

const members = () => t.db.collection<MemberDoc>(collections.members.name)
const optIn = (memberId: string) =>
  t.ok(as(memberId), 'notices', 'subscribe', { templateIds: [LOCAL_TEMPLATES.birthday] })
const credits = async (memberId: string) =>
  (await t.ok(as(memberId), 'notices', 'mySubscription', {})).templates.find((entry) => entry.kind === 'birthday')
    ?.credits
const greet = () => t.cloud.runTimer('review', 'sendBirthdayGreetings')

const celebrate = async (memberId: string, joinedOn: string) => members().doc(memberId).update({ data: { joinedOn } })

describe('政治生日 subscribe message', () => {
  it('greets each opted-in member once on the day, however often the timer runs', async () => {
    setClock(shanghai('2026-11-15 08:00'))
    await celebrate('m007', '2013-11-15')
    await celebrate('m016', '1999-11-15')
    await celebrate('m015', '2026-11-15')
    for (const memberId of ['m007', 'm015', 'm006']) await optIn(memberId)

    const runs = await Promise.all([greet(), greet()])
    expect(runs.every((run) => run.ok)).toBe(true)
    setClock(shanghai('2026-11-15 20:00'))
    expect(await greet()).toMatchObject({ ok: true })

    const messages = await outbox(t, LOCAL_TEMPLATES.birthday)
    expect(messages).toEqual([
      expect.objectContaining({
        touser: as('m007'),
        page: 'pages/mine/index',
        data: {
          thing1: { value: expect.stringMatching(/\S/) },
          date2: { value: '2013年11月15日' },
          thing3: { value: '入党13周年，不忘初心、牢记使命' },
        },
      }),
    ])
    expect(await credits('m007')).toBe(0)
    // m015 joined this very year (no birthday yet) and m006's day is another one: their credits stay.
    expect(await credits('m015')).toBe(1)
    expect(await credits('m006')).toBe(1)
    const told = await deliveries(t, { purpose: 'birthday' })
    const b1 = told.filter((doc) => ['m007', 'm016'].includes(doc.memberId))
    expect(b1.map((doc) => [doc._id, doc.status]).sort()).toEqual([
      ['birthday:2026-11-15:m007', 'sent'],
      ['birthday:2026-11-15:m016', 'not_subscribed'],
    ])
  })

  it('greets a member who joined on 29 February on 28 February of a common year', async () => {
    setClock(shanghai('2027-02-28 08:00'))
    await celebrate('m006', '2004-02-29')
    await optIn('m006')
    expect(await greet()).toMatchObject({ ok: true })
    const messages = await outbox(t, LOCAL_TEMPLATES.birthday)
    expect(messages.map((message) => [message.touser, message.data.thing3.value])).toEqual([
      [as('m006'), '入党23周年，不忘初心、牢记使命'],
    ])
  })

  it('records a WeChat failure on the delivery and gives the credit back', async () => {
    setClock(shanghai('2026-11-15 08:00'))
    await celebrate('m007', '2013-11-15')
    await optIn('m007')
    const realSend = openapi().subscribeMessage.send
    openapi().subscribeMessage.send = async () => {
      throw Object.assign(new Error('system error'), { errCode: -1 })
    }
    try {
      expect(await greet()).toMatchObject({ ok: true })
    } finally {
      openapi().subscribeMessage.send = realSend
    }
    const [delivery] = await deliveries(t, { _id: 'birthday:2026-11-15:m007' })
    expect(delivery).toMatchObject({ status: 'failed', errCode: -1 })
    expect(await credits('m007')).toBe(1)
    expect(await outbox(t, LOCAL_TEMPLATES.birthday)).toEqual([])
  })

  it('sends nothing while the admin has not configured the template', async () => {
    setClock(shanghai('2026-11-15 08:00'))
    await celebrate('m007', '2013-11-15')
    await optIn('m007')
    await t.db
      .collection<NoticeSettingsDoc>(collections.noticeSettings.name)
      .doc(SETTINGS_ID)
      .update({ data: { templates: { ...LOCAL_TEMPLATES, birthday: '' } } })
    expect(await greet()).toMatchObject({ ok: true, data: { members: 0, sent: 0 } })
    expect(await deliveries(t, { purpose: 'birthday' })).toEqual([])
  })

  it('settings saved before the birthday template existed take it from NOTICE_TEMPLATE_BIRTHDAY', async () => {
    setClock(shanghai('2026-11-15 08:00'))
    await celebrate('m007', '2013-11-15')
    const saved = { templates: { notice: 'n-1', reminder: 'r-1', meeting: 'm-1', leave: 'l-1' }, leadMinutes: 60 }
    await t.db.collection(collections.noticeSettings.name).doc(SETTINGS_ID).set({ data: saved })
    process.env.NOTICE_TEMPLATE_BIRTHDAY = 'env-birthday-template'
    try {
      await t.ok(as('m007'), 'notices', 'subscribe', { templateIds: ['env-birthday-template'] })
      expect(await greet()).toMatchObject({ ok: true, data: { sent: 1 } })
    } finally {
      delete process.env.NOTICE_TEMPLATE_BIRTHDAY
    }
    expect((await outbox(t, 'env-birthday-template')).map((message) => message.touser)).toEqual([as('m007')])
  })
})
