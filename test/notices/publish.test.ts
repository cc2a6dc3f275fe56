import { collections } from '../../cloudfunctions/common/db/collections'
import { demoIdentities } from '../helpers/testCloud'
import { LOCAL_TEMPLATES, NOTICES_NOW, generalNotice, optIn, outbox, useNoticesCloud } from './helpers'

const t = useNoticesCloud({ clock: NOTICES_NOW })
const { secretary, otherSecretary, member } = demoIdentities

const noticeCount = async () => (await t.db.collection(collections.notices.name).count()).total

describe('publishing once per request', () => {
  it('answers a retried publish with the notice it already made, and messages each member once', async () => {
    await optIn(t, member, 3)
    const before = await noticeCount()
    const payload = generalNotice({ requestId: 'form-1' })
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.call(secretary, 'notices', 'publishNotice', payload)),
    )
    const ids = results.map((result) => (result.ok ? result.data.notice.id : result.code))
    expect(new Set(ids).size).toBe(1)
    expect(await noticeCount()).toBe(before + 1)
    const toMember = (await outbox(t, LOCAL_TEMPLATES.notice)).filter((message) => message.touser === member)
    expect(toMember).toHaveLength(1)
  })

  it('publishes separate notices for separate requests, and never hands one publisher another’s notice', async () => {
    const before = await noticeCount()
    const first = await t.ok(secretary, 'notices', 'publishNotice', generalNotice({ requestId: 'form-1' }))
    const second = await t.ok(secretary, 'notices', 'publishNotice', generalNotice({ requestId: 'form-2' }))
    const other = await t.ok(otherSecretary, 'notices', 'publishNotice', generalNotice({ requestId: 'form-1' }))
    expect(new Set([first.notice.id, second.notice.id, other.notice.id]).size).toBe(3)
    expect(await noticeCount()).toBe(before + 3)
  })
})
