import { demoIdentities } from '../helpers/testCloud'
import { generalNotice, type PublishPayload, useNoticesCloud } from './helpers'

const t = useNoticesCloud()

const { secretary, member, leader } = demoIdentities
const file = (name: string, size = 1024, extension = name.split('.').pop()) => ({
  fileID: `local://0123456789abcdef0123456789abcdef01234567.${extension}`,
  name,
  size,
})

const refused = async (openid: string, payload: PublishPayload, code: string, message: RegExp) => {
  const before = t.cloud.database.dump()
  const result = await t.raw(openid, 'notices', { action: 'publishNotice', payload })
  expect(result).toMatchObject({ ok: false, code, message: expect.stringMatching(message) })
  expect(t.cloud.database.dump()).toEqual(before)
}

describe('bad input writes nothing', () => {
  it('refuses an empty title and a body over 20,000 characters', async () => {
    await refused(secretary, generalNotice({ title: '   ' }), 'INVALID_INPUT', /请填写标题/)
    await refused(secretary, generalNotice({ body: '党'.repeat(20_001) }), 'INVALID_INPUT', /正文不能超过 20000 个字/)
  })

  it('refuses a forbidden attachment type, a renamed upload and a file over 10 MB', async () => {
    await refused(secretary, generalNotice({ attachments: [file('工具.exe')] }), 'NOTICE_ATTACHMENT_TYPE', /类型不支持/)
    await refused(
      secretary,
      generalNotice({ attachments: [file('议程.pdf', 1024, 'exe')] }),
      'NOTICE_ATTACHMENT_TYPE',
      /类型不一致/,
    )
    await refused(
      secretary,
      generalNotice({ attachments: [file('录像.pdf', 10 * 1024 * 1024 + 1)] }),
      'NOTICE_ATTACHMENT_TOO_LARGE',
      /超过 10 MB/,
    )
    await refused(
      secretary,
      generalNotice({ attachments: [{ ...file('议程.pdf'), fileID: 'https://example.com/x.pdf' }] }),
      'INVALID_INPUT',
      /附件文件格式不正确/,
    )
  })

  it('refuses publishing to a branch the caller does not lead', async () => {
    await refused(
      secretary,
      generalNotice({ audience: { scope: 'branches', branchIds: ['b2'] } }),
      'NOTICE_SCOPE_FORBIDDEN',
      /只能向您负责的支部发布通知/,
    )
    await refused(
      secretary,
      generalNotice({ audience: { scope: 'organisation' } }),
      'NOTICE_SCOPE_FORBIDDEN',
      /党委领导/,
    )
    await refused(member, generalNotice(), 'FORBIDDEN', /没有权限/)
    await refused(
      leader,
      generalNotice({ audience: { scope: 'branches', branchIds: ['b9'] } }),
      'NOT_FOUND',
      /支部不存在/,
    )
  })

  it('refuses hostile payloads', async () => {
    for (const payload of [
      { ...generalNotice(), publisherId: 'm004' },
      { ...generalNotice(), title: { $ne: null } },
      { ...generalNotice(), audience: { scope: 'everyone' } },
    ])
      await refused(secretary, payload as PublishPayload, 'INVALID_INPUT', /[\u4e00-\u9fa5]/)
  })
})
