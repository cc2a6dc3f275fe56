import { demoIdentities } from '../helpers/testCloud'
import { generalNotice, useNoticesCloud } from './helpers'

const t = useNoticesCloud()

const { secretary, member, leader } = demoIdentities

const edit = (noticeId: string, version: number, title: string) => ({
  noticeId,
  version,
  title,
  body: `${title}的正文`,
  attachments: [],
  pinned: true,
  requiresAck: false,
})

describe('editing a notice', () => {
  it('keeps every earlier version and shows members the latest', async () => {
    const { notice } = await t.ok(secretary, 'notices', 'publishNotice', generalNotice({ title: '初稿' }))
    const second = await t.ok(secretary, 'notices', 'editNotice', edit(notice.id, 1, '第二稿'))
    expect(second).toMatchObject({ version: 2, title: '第二稿', pinned: true })
    await t.ok(leader, 'notices', 'editNotice', edit(notice.id, 2, '定稿'))
    const detail = await t.ok(secretary, 'notices', 'getManagedNotice', { noticeId: notice.id })
    expect(detail.versions.map((version) => [version.version, version.title])).toEqual([
      [3, '定稿'],
      [2, '第二稿'],
      [1, '初稿'],
    ])
    expect((await t.ok(member, 'notices', 'openNotice', { noticeId: notice.id })).title).toBe('定稿')
  })

  it('refuses an edit based on a stale version, and edits of a withdrawn notice', async () => {
    const { notice } = await t.ok(secretary, 'notices', 'publishNotice', generalNotice())
    await t.ok(secretary, 'notices', 'editNotice', edit(notice.id, 1, '新标题'))
    const before = t.cloud.database.dump()
    expect(await t.call(leader, 'notices', 'editNotice', edit(notice.id, 1, '旧版本上的修改'))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    expect(t.cloud.database.dump()).toEqual(before)
    await t.ok(secretary, 'notices', 'withdrawNotice', { noticeId: notice.id })
    expect(await t.call(secretary, 'notices', 'editNotice', edit(notice.id, 2, '撤回后修改'))).toMatchObject({
      ok: false,
      code: 'NOTICE_WITHDRAWN',
    })
  })
})
