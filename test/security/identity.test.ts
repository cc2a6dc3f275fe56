/**
 * Issue 9 §3: the caller comes only from the WeChat context (locally: the
 * host's signed session). A payload naming another user cannot act as them, a
 * tampered session cookie is refused, the dev login exists only in local mode,
 * and the host listens on loopback unless told otherwise.
 */
import { contract, type FunctionName } from '../../cloudfunctions/common/contract'
import { createSessionSigner, SESSION_COOKIE } from '../../local/host/session'
import { startHost, type RunningHost } from '../../local/host/start'
import { demoIdentities, startTestCloud, type TestCloud } from '../helpers/testCloud'
import { accessMatrix, type Row } from './accessMatrix'
import { loadFixture, type Fixture } from './fixture'
import { uploadVia } from './hostClient'

const functionNames = Object.keys(contract) as FunctionName[]
const admin = demoIdentities.admin

/** Ways a client might try to name someone else. */
const impostorKeys = (sample: Record<string, unknown>) =>
  [
    { openid: admin },
    { OPENID: admin },
    { _openid: admin },
    { callerId: 'm005' },
    { caller: { openid: admin, member: { _id: 'm005', roles: ['admin'] } } },
    { memberId: 'm005' },
  ].filter((extra) => !Object.keys(extra).some((key) => key in sample))

describe('a payload cannot name the caller', () => {
  let t: TestCloud
  let fixture: Fixture

  beforeAll(async () => {
    t = await startTestCloud()
    fixture = await loadFixture(t, new Date())
  })
  afterAll(() => t.cloud.close())

  it.each(functionNames)('%s: no action accepts an identity in its payload', async (fn) => {
    const before = JSON.stringify(t.cloud.database.dump())
    const accepted: string[] = []
    for (const [action, row] of Object.entries(accessMatrix[fn] as Record<string, Row<unknown>>)) {
      const sample = row.payload(fixture) as Record<string, unknown>
      for (const extra of impostorKeys(sample)) {
        for (const openid of [demoIdentities.member, 'new-impostor']) {
          const envelope = await t.raw(openid, fn, { action, payload: { ...sample, ...extra } })
          if (envelope.ok) accepted.push(`${action} as ${openid} with ${Object.keys(extra)[0]}`)
        }
      }
    }
    expect(accepted).toEqual([])
    expect(JSON.stringify(t.cloud.database.dump())).toBe(before)
  })

  it('getMe answers for the caller, whoever the payload names', async () => {
    const me = await t.ok(demoIdentities.member, 'members', 'getMe', {})
    expect(me).toMatchObject({ bound: true, profile: { memberId: 'm006', roles: ['member'] } })
    expect(await t.ok('new-stranger', 'members', 'getMe', {})).toEqual({ bound: false })
  })

  it('a memberId the payload may carry selects a record, never who acts', async () => {
    // A plain member reading the admin's ledger is refused: naming m005 does not make the caller m005.
    expect(await t.call(demoIdentities.member, 'points', 'listEntries', { memberId: 'm005' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    // The secretary awards m010; the entry records the secretary as its author, not m010.
    const award = { memberId: 'm010', points: 1, reason: '义务劳动', requestId: 'identity-award' }
    await t.ok(demoIdentities.secretary, 'points', 'awardManually', award)
    const entries = await t.ok(demoIdentities.secretary, 'points', 'listEntries', { memberId: 'm010' })
    const entry = entries.entries.find((item) => item.reason.includes('义务劳动'))
    expect(entry).toMatchObject({ points: 1 })
    const { data } = await t.db
      .collection('pointsLedger')
      .doc(entry?.id ?? '')
      .get()
    expect(data).toMatchObject({ memberId: 'm010', createdBy: 'm001' })
    // A plain member asking for leave on someone's behalf asks for themself.
    const leave = await t.ok(demoIdentities.member2, 'events', 'requestLeave', {
      eventId: fixture.upcomingEventId,
      reason: '家中有事',
    })
    expect(leave.memberId).toBe('m007')
  })
})

describe('the local host session', () => {
  let host: RunningHost

  const api = (cookie: string | null, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${host.url}/api/members`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
      body: JSON.stringify(body),
    })

  const login = async (openid: string): Promise<string> => {
    const response = await fetch(`${host.url}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ openid }),
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    return (response.headers.get('set-cookie') ?? '').split(';')[0]
  }

  afterEach(async () => host.close())

  it('has no dev login unless local mode asks for it, and listens on loopback by default', async () => {
    host = await startHost({ port: 0 })
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect((await fetch(`${host.url}/dev/login`)).status).toBe(404)
    const post = await fetch(`${host.url}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ openid: admin }),
      redirect: 'manual',
    })
    expect(post.status).toBe(404)
    expect(post.headers.get('set-cookie')).toBeNull()
  })

  it('acts only as the signed-in user and refuses tampered cookies', async () => {
    host = await startHost({ port: 0, devLogin: true, seed: true })
    const cookie = await login(demoIdentities.member)
    const getMe = { action: 'getMe', payload: {} }
    const asMember = await (await api(cookie, getMe, { 'x-wx-openid': admin, 'x-openid': admin })).json()
    expect(asMember).toMatchObject({ ok: true, data: { profile: { memberId: 'm006' } } })

    const [, value] = cookie.split('=')
    const [, signature] = value.split('.')
    const forged = [
      `${Buffer.from(admin).toString('base64url')}.${signature}`,
      `${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`,
      Buffer.from(admin).toString('base64url'),
      createSessionSigner().sign(admin),
      `${value}.${signature}`,
      '',
    ]
    for (const tampered of forged) {
      const response = await api(`${SESSION_COOKIE}=${tampered}`, getMe)
      expect({ tampered, status: response.status, body: await response.json() }).toMatchObject({
        status: 401,
        body: { ok: false, code: 'NO_SESSION' },
      })
    }
    const anonymous = await api(null, getMe)
    expect(anonymous.status).toBe(401)
    const named = await (await api(cookie, { action: 'getMe', payload: { openid: admin } })).json()
    expect(named).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  })

  it('serves stored files only to a signed-in user', async () => {
    host = await startHost({ port: 0, devLogin: true, seed: true })
    const cookie = await login(demoIdentities.member)
    const fileID = await uploadVia(host, cookie, 'notes.txt', Buffer.from('会议记录'))
    const url = `${host.url}/files/${(fileID.json().data as { fileID: string }).fileID.replace('local://', '')}`
    expect((await fetch(url)).status).toBe(401)
    const response = await fetch(url, { headers: { cookie } })
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('会议记录')
    expect((await fetch(`${host.url}/files/..%2Fsession-secret`, { headers: { cookie } })).status).toBe(404)
  })
})
