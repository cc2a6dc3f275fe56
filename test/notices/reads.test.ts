import { collections } from '../../cloudfunctions/common/db/collections'
import { demoIdentities } from '../helpers/testCloud'
import { generalNotice, NOTICES_NOW, useNoticesCloud } from './helpers'

const t = useNoticesCloud({ clock: NOTICES_NOW })

const { secretary, member, member2 } = demoIdentities

describe('reading notices', () => {
  it('records a read once under 10 parallel opens', async () => {
    const { notice } = await t.ok(secretary, 'notices', 'publishNotice', generalNotice())
    const opens = await Promise.all(
      Array.from({ length: 10 }, () => t.call(member, 'notices', 'openNotice', { noticeId: notice.id })),
    )
    expect(opens.every((result) => result.ok)).toBe(true)
    const { data } = await t.db.collection(collections.noticeReads.name).where({ noticeId: notice.id }).get()
    expect(data).toEqual([expect.objectContaining({ _id: `${notice.id}:m006`, memberId: 'm006', branchId: 'b1' })])
    const readAts = new Set(opens.map((result) => (result.ok ? result.data.readAt : null)))
    expect(readAts.size).toBe(1)
  })

  it('counts unread notices and drops the count as they are opened', async () => {
    const before = await t.ok(member, 'notices', 'noticeOverview', {})
    const { notice } = await t.ok(secretary, 'notices', 'publishNotice', generalNotice())
    const after = await t.ok(member, 'notices', 'noticeOverview', {})
    expect(after.unread).toBe(before.unread + 1)
    expect(after.latest[0]).toMatchObject({ id: notice.id, read: false })
    await t.ok(member, 'notices', 'openNotice', { noticeId: notice.id })
    await t.ok(member, 'notices', 'openNotice', { noticeId: notice.id })
    const opened = await t.ok(member, 'notices', 'noticeOverview', {})
    expect(opened.unread).toBe(before.unread)
    expect(opened.latest[0]).toMatchObject({ id: notice.id, read: true })
    // Another member's count is their own.
    expect((await t.ok(member2, 'notices', 'noticeOverview', {})).unread).toBe(before.unread + 1)
  })

  it('lists pinned notices first, then the newest', async () => {
    const publish = async (title: string, pinned: boolean) => {
      jest.setSystemTime(Date.now() + 60_000)
      return (await t.ok(secretary, 'notices', 'publishNotice', generalNotice({ title, pinned }))).notice.id
    }
    const old = await publish('较早的通知', false)
    const pinned = await publish('置顶通知', true)
    const newest = await publish('最新的通知', false)
    const { items } = await t.ok(member, 'notices', 'listMyNotices', {})
    const ours = items.map((item) => item.id).filter((id) => [old, pinned, newest].includes(id))
    expect(ours).toEqual([pinned, newest, old])
    const firstUnpinned = items.findIndex((item) => !item.pinned)
    expect(items.slice(firstUnpinned).every((item) => !item.pinned)).toBe(true)
  })

  it('shows the body, attachments and the meeting a notice links to', async () => {
    const attachments = [
      { fileID: 'local://0123456789abcdef0123456789abcdef01234567.pdf', name: '会议议程.pdf', size: 2048 },
      { fileID: 'local://0123456789abcdef0123456789abcdef01234568.png', name: '会场.png', size: 4096 },
    ]
    const { notice } = await t.ok(secretary, 'notices', 'publishNotice', generalNotice({ attachments }))
    const detail = await t.ok(member, 'notices', 'openNotice', { noticeId: notice.id })
    expect(detail.body).toBe('全体党员：\n请准时参加。')
    expect(detail.attachments.map((file) => [file.name, file.kind])).toEqual([
      ['会议议程.pdf', 'file'],
      ['会场.png', 'image'],
    ])
    expect(detail.readAt).toBe('2026-11-20T02:00:00.000Z')
  })
})
