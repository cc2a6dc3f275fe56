/**
 * Issue 14 §3: uploads only from bound, active members and only of allowed
 * types proven by content; every file served with nosniff and a CSP that runs
 * nothing, images inline, everything else as a download; and a file is read
 * only by those who may see the record that references it.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { Envelope } from '../../cloudfunctions/common/contract'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { EXPORT_TTL_MS } from '../../cloudfunctions/common/fileAccess'
import { startHost, type RunningHost } from '../../local/host/start'
import { setClock, useFakeClock } from '../helpers/clock'
import { cloudPerTest, demoIdentities } from '../helpers/testCloud'
import { login, samples, send, uploadVia } from './hostClient'

type Who = keyof typeof demoIdentities

let host: RunningHost
const cookies = new Map<Who, string>()

beforeAll(async () => {
  host = await startHost({ port: 0, devLogin: true, seed: true })
  for (const who of Object.keys(demoIdentities) as Who[]) cookies.set(who, await login(host, demoIdentities[who]))
})
afterAll(() => host.close())

const call = async <T>(who: Who, fn: string, action: string, payload: unknown): Promise<T> => {
  const envelope = (await host.cloud.call(fn, { action, payload }, demoIdentities[who])) as Envelope<T>
  if (!envelope.ok) throw new Error(`${fn}.${action} as ${who}: ${envelope.code} ${envelope.message}`)
  return envelope.data
}

const uploadAs = async (who: Who, name: string, content: Buffer): Promise<string> => {
  const answer = await uploadVia(host, cookies.get(who) ?? null, name, content)
  const envelope = answer.json()
  if (!envelope.ok) throw new Error(`upload ${name} as ${who}: ${envelope.code} ${envelope.message}`)
  return (envelope.data as { fileID: string }).fileID
}

const fetchAs = (who: Who, fileID: string) =>
  send(host, 'GET', `/files/${fileID.replace('local://', '')}`, { cookie: cookies.get(who) ?? '' })

const readers = async (fileID: string, whom: Who[]): Promise<Record<string, number>> => {
  const statuses: Record<string, number> = {}
  for (const who of whom) statuses[who] = (await fetchAs(who, fileID)).status
  return statuses
}

const b1HeldEvent = async (): Promise<EventDoc> => {
  const { data } = await openDatabase()
    .collection<EventDoc>(collections.events.name)
    .where({ branchId: 'b1', type: 'theme_day', status: 'held' })
    .limit(1)
    .get()
  return data[0]
}

describe('uploads', () => {
  it('are taken only from bound, active members', async () => {
    const anonymous = await uploadVia(host, null, 'a.png', samples.png)
    expect(anonymous.status).toBe(401)
    const unbound = await uploadVia(host, cookies.get('unbound') ?? null, 'a.png', samples.png)
    expect({ status: unbound.status, body: unbound.json() }).toMatchObject({ status: 403, body: { code: 'NOT_BOUND' } })
  })

  it('are refused unless name and content agree on an allowed type', async () => {
    const refused: [string, Buffer][] = [
      ['page.html', samples.html],
      ['image.svg', samples.svg],
      ['page.png', samples.html],
      ['script.pdf', samples.html],
      ['notes.txt', samples.html],
      ['photo.jpg', samples.png],
      ['tool.exe', Buffer.from('MZ\x90\x00')],
    ]
    for (const [name, content] of refused) {
      const answer = await uploadVia(host, cookies.get('member') ?? null, name, content)
      expect({ name, status: answer.status, code: answer.json().code }).toEqual({
        name,
        status: 400,
        code: 'INVALID_INPUT',
      })
    }
  })
})

describe('serving', () => {
  it('sends images inline and everything else as a download, always with nosniff and a CSP', async () => {
    const image = await fetchAs('member', await uploadAs('member', 'photo.png', samples.png))
    expect(image.status).toBe(200)
    expect(image.headers).toMatchObject({
      'content-type': 'image/png',
      'content-disposition': 'inline',
      'x-content-type-options': 'nosniff',
      'content-security-policy': expect.stringContaining("default-src 'none'"),
    })
    const document = await fetchAs('member', await uploadAs('member', '学习材料.pdf', samples.pdf))
    expect(document.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': expect.stringMatching(/^attachment; filename=/),
      'x-content-type-options': 'nosniff',
      'content-security-policy': expect.stringContaining('sandbox'),
    })
  })
})

describe('who may read a file', () => {
  it('an upload not attached anywhere: only its uploader', async () => {
    const fileID = await uploadAs('member', 'draft.pdf', samples.pdf)
    expect(await readers(fileID, ['member', 'member2', 'secretary', 'unbound'])).toEqual({
      member: 200,
      member2: 404,
      secretary: 404,
      unbound: 404,
    })
  })

  it("a notice's attachment: its audience and its managers, nobody else", async () => {
    const fileID = await uploadAs('secretary', '通知附件.pdf', samples.pdf)
    await call('secretary', 'notices', 'publishNotice', {
      kind: 'general',
      audience: { scope: 'branch' },
      title: '附件权限测试通知',
      body: '请查看附件。',
      attachments: [{ fileID, name: '通知附件.pdf', size: samples.pdf.length }],
      pinned: false,
      requiresAck: false,
    })
    expect(
      await readers(fileID, ['member', 'committee', 'leader', 'admin', 'otherSecretary', 'otherMember', 'unbound']),
    ).toEqual({
      member: 200,
      committee: 200,
      leader: 200,
      admin: 200,
      otherSecretary: 404,
      otherMember: 404,
      unbound: 404,
    })
  })

  it('minutes photos: the branch and leaders; attaching another branch’s file id grants nothing', async () => {
    const event = await b1HeldEvent()
    const photo = await uploadAs('secretary', 'minutes.png', Buffer.concat([samples.png, Buffer.from('minutes')]))
    const foreign = await uploadAs('otherSecretary', 'theirs.png', Buffer.concat([samples.png, Buffer.from('b2')]))
    await call('secretary', 'events', 'recordMinutes', {
      eventId: event._id,
      host: '王建国',
      recorder: '李秀英',
      agenda: '学习党章',
      text: '会议学习了党章，大家交流了体会。',
      photos: [photo, foreign],
    })
    expect(await readers(photo, ['member', 'leader', 'otherSecretary', 'otherMember'])).toEqual({
      member: 200,
      leader: 200,
      otherSecretary: 404,
      otherMember: 404,
    })
    expect(await readers(foreign, ['member', 'secretary', 'otherSecretary'])).toEqual({
      member: 404,
      secretary: 404,
      otherSecretary: 200,
    })
  })

  it('an export: only whoever made it, and only for a short time', async () => {
    const event = await b1HeldEvent()
    const started = Date.now()
    useFakeClock(new Date(started))
    try {
      const file = await call<{ fileID: string }>('secretary', 'events', 'exportEventLedger', { eventId: event._id })
      expect(await readers(file.fileID, ['secretary', 'committee', 'leader', 'member', 'unbound'])).toEqual({
        secretary: 200,
        committee: 404,
        leader: 404,
        member: 404,
        unbound: 404,
      })
      setClock(new Date(started + EXPORT_TTL_MS + 1000))
      expect((await fetchAs('secretary', file.fileID)).status).toBe(404)
    } finally {
      jest.useRealTimers()
    }
  })
})

describe('in the cloud: the files function applies the same rule', () => {
  const t = cloudPerTest()
  const stored = (name: string, content: Buffer) => t.cloud.files.save(content, name)

  it('registers a direct upload only when its content is an allowed type, and deletes a refused one', async () => {
    const good = stored('upload.pdf', samples.pdf)
    expect(await t.ok(demoIdentities.member, 'files', 'registerUpload', { fileID: good, name: '学习.pdf' })).toEqual({
      fileID: good,
    })
    const bad = stored('upload.pdf', samples.html)
    const refused = await t.call(demoIdentities.member, 'files', 'registerUpload', { fileID: bad, name: 'page.pdf' })
    expect(refused).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(() => t.cloud.files.read(bad)).toThrow(/does not exist/)
    const unbound = await t.call('new-uploader', 'files', 'registerUpload', { fileID: good, name: '学习.pdf' })
    expect(unbound).toMatchObject({ ok: false, code: 'NOT_BOUND' })
  })

  it('hands out links only for readable files; anyone else’s file, even registered again, answers as missing', async () => {
    const fileID = stored('upload.pdf', samples.pdf)
    await t.ok(demoIdentities.member, 'files', 'registerUpload', { fileID, name: '学习.pdf' })
    const links = await t.ok(demoIdentities.member, 'files', 'fileLinks', { fileIDs: [fileID] })
    expect(links).toEqual([{ fileID, url: `/files/${fileID.replace('local://', '')}` }])

    const missingID = 'local://0000000000000000000000000000000000000000.pdf'
    const asMissing = await t.call(demoIdentities.otherMember, 'files', 'fileLinks', { fileIDs: [missingID] })
    expect(asMissing).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    for (const who of ['member2', 'otherMember', 'leader'] as const) {
      expect(await t.call(demoIdentities[who], 'files', 'fileLinks', { fileIDs: [fileID] })).toEqual(asMissing)
      const takeover = await t.call(demoIdentities[who], 'files', 'registerUpload', { fileID, name: '学习.pdf' })
      expect(takeover).toEqual(asMissing)
    }
    expect(t.cloud.files.read(fileID)).toEqual(samples.pdf)
  })
})
