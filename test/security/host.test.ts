/**
 * Issue 14 §4, §5, §6: the local host answers only to its own names, refuses
 * state-changing requests from other sites, keeps the dev login on loopback,
 * issues sessions that expire, answers malformed requests with a 4xx and a
 * Chinese message (never 500), and takes an upload of exactly 10 MiB but not
 * one byte more.
 */
import { gzipSync } from 'node:zlib'
import { MAX_UPLOAD_BYTES } from '../../cloudfunctions/common/fileTypes'
import { createSessionSigner, SESSION_COOKIE, SESSION_MAX_AGE_S } from '../../local/host/session'
import { startHost, type RunningHost } from '../../local/host/start'
import { setClock, useFakeClock } from '../helpers/clock'
import { demoIdentities } from '../helpers/testCloud'
import { CHINESE } from './outcomes'
import { login, samples, send, setCookieOf, uploadVia } from './hostClient'

const DAY = 24 * 3600 * 1000
const getMe = JSON.stringify({ action: 'getMe', payload: {} })
const json = { 'content-type': 'application/json' }

describe('the local host', () => {
  let host: RunningHost
  let cookie: string

  beforeAll(async () => {
    host = await startHost({ port: 0, devLogin: true, seed: true })
    cookie = await login(host, demoIdentities.member)
  })
  afterAll(() => host.close())

  const origin = () => host.url

  it('answers only to the host names it listens for (no DNS rebinding)', async () => {
    const port = new URL(host.url).port
    for (const name of ['attacker.example', `attacker.example:${port}`, '127.0.0.1.nip.io']) {
      const answer = await send(host, 'POST', '/api/members', { ...json, host: name, cookie }, getMe)
      expect({ name, status: answer.status }).toEqual({ name, status: 421 })
      expect(answer.json()).toMatchObject({ ok: false, message: expect.stringMatching(CHINESE) })
    }
    for (const name of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const answer = await send(host, 'POST', '/api/members', { ...json, host: name, cookie }, getMe)
      expect({ name, status: answer.status }).toEqual({ name, status: 200 })
    }
  })

  it('refuses a cross-site POST: no session is set, no action runs', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' }
    const body = new URLSearchParams({ openid: demoIdentities.admin }).toString()
    const crossSite: Record<string, string>[] = [
      { origin: 'http://attacker.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ]
    for (const headers of crossSite) {
      const answer = await send(host, 'POST', '/dev/login', { ...form, ...headers }, body)
      expect({ headers, status: answer.status, cookie: setCookieOf(answer) }).toEqual({
        headers,
        status: 403,
        cookie: '',
      })
      const api = await send(host, 'POST', '/api/members', { ...json, ...headers, cookie }, getMe)
      expect(api.status).toBe(403)
    }
    const sameSite = await send(host, 'POST', '/dev/login', { ...form, origin: origin() }, body)
    expect(sameSite.status).toBe(303)
  })

  it('issues a 30-day HttpOnly SameSite=Lax session, Secure behind https, and renews it on use', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' }
    const body = new URLSearchParams({ openid: demoIdentities.member }).toString()
    const plain = setCookieOf(await send(host, 'POST', '/dev/login', form, body))
    expect(plain).toMatch(new RegExp(`Max-Age=${SESSION_MAX_AGE_S}`))
    expect(plain).toMatch(/HttpOnly/)
    expect(plain).toMatch(/; Path=\/(;|$)/)
    expect(plain).toMatch(/SameSite=Lax/)
    expect(plain).not.toMatch(/Secure/)
    const overTls = setCookieOf(await send(host, 'POST', '/dev/login', { ...form, 'x-forwarded-proto': 'https' }, body))
    expect(overTls).toMatch(/; Secure/)

    // The signer is the host's: the session value carries its issue time under the signature.
    const value = cookie.split('=')[1]
    const [encoded, issued] = value.split('.')
    const older = `${encoded}.${(parseInt(issued, 36) - 2 * DAY).toString(36)}`
    const forgedAge = await send(
      host,
      'POST',
      '/api/members',
      { ...json, cookie: `${SESSION_COOKIE}=${older}.x` },
      getMe,
    )
    expect(forgedAge.status).toBe(401)

    const started = Date.now()
    useFakeClock(new Date(started + 2 * DAY))
    try {
      const renewed = await send(host, 'POST', '/api/members', { ...json, cookie }, getMe)
      expect(renewed.json()).toMatchObject({ ok: true })
      const fresh = setCookieOf(renewed).split(';')[0]
      expect(fresh).toMatch(new RegExp(`^${SESSION_COOKIE}=`))
      expect(fresh).not.toBe(cookie)
      setClock(new Date(started + 31 * DAY))
      expect((await send(host, 'POST', '/api/members', { ...json, cookie }, getMe)).status).toBe(401)
      expect((await send(host, 'POST', '/api/members', { ...json, cookie: fresh }, getMe)).status).toBe(200)
    } finally {
      jest.useRealTimers()
    }
  })

  it('renews a session only once it is more than a day old', async () => {
    const issuedAt = parseInt(cookie.split('=')[1].split('.')[1], 36)
    useFakeClock(new Date(issuedAt + DAY))
    try {
      const dayOld = await send(host, 'POST', '/api/members', { ...json, cookie }, getMe)
      expect({ status: dayOld.status, renewed: setCookieOf(dayOld) }).toEqual({ status: 200, renewed: '' })
      setClock(new Date(issuedAt + DAY + 1))
      const older = await send(host, 'POST', '/api/members', { ...json, cookie }, getMe)
      expect(setCookieOf(older)).toMatch(new RegExp(`^${SESSION_COOKIE}=`))
    } finally {
      jest.useRealTimers()
    }
  })

  it('answers malformed bodies with 4xx and a Chinese message, never 500', async () => {
    const cases: { headers: Record<string, string>; body: Buffer | string; status: number }[] = [
      { headers: { 'content-type': 'application/json; charset=iso-8859-1' }, body: getMe, status: 415 },
      { headers: { ...json, 'content-encoding': 'gzip' }, body: 'not gzip at all', status: 400 },
      { headers: { ...json, 'content-encoding': 'br' }, body: getMe, status: 415 },
      { headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync('{"action":'), status: 400 },
      { headers: json, body: '{"action": "getMe", ', status: 400 },
      {
        headers: json,
        body: JSON.stringify({ action: 'getMe', payload: { pad: 'x'.repeat(1_100_000) } }),
        status: 413,
      },
    ]
    for (const { headers, body, status } of cases) {
      const answer = await send(host, 'POST', '/api/members', { ...headers, cookie }, body)
      expect({ headers, status: answer.status }).toEqual({ headers, status })
      expect(answer.json()).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringMatching(CHINESE) })
    }
    const zipped = await send(
      host,
      'POST',
      '/api/members',
      { ...json, 'content-encoding': 'gzip', cookie },
      gzipSync(getMe),
    )
    expect(zipped.json()).toMatchObject({ ok: true })
  })

  it('takes an upload of exactly 10 MiB and refuses 10 MiB + 1 byte', async () => {
    const pdfOf = (size: number) => Buffer.concat([samples.pdf, Buffer.alloc(size - samples.pdf.length, 0x20)])
    const exact = await uploadVia(host, cookie, 'exact.pdf', pdfOf(MAX_UPLOAD_BYTES))
    expect(exact.status).toBe(200)
    expect(exact.json()).toMatchObject({ ok: true, data: { fileID: expect.stringMatching(/^local:\/\//) } })
    const over = await uploadVia(host, cookie, 'over.pdf', pdfOf(MAX_UPLOAD_BYTES + 1))
    expect(over.status).toBe(400)
    expect(over.json()).toMatchObject({ ok: false, message: '文件不能超过 10 MB' })
  })
})

describe('sessions expire', () => {
  it('refuses a session signed more than 30 days ago and renews one older than a day', async () => {
    const signer = createSessionSigner()
    const now = Date.now()
    expect(signer.verify(signer.sign('o', now - 31 * DAY), now)).toBeNull()
    expect(signer.verify(signer.sign('o', now + DAY), now)).toBeNull()
    expect(signer.verify(signer.sign('o', now - 29 * DAY), now)).toEqual({ openid: 'o', issuedAt: now - 29 * DAY })
  })

  it('holds from the millisecond it is issued to one millisecond short of 30 days', () => {
    const signer = createSessionSigner()
    const now = Date.now()
    const maxAge = SESSION_MAX_AGE_S * 1000
    expect(signer.verify(signer.sign('o', now), now)).toEqual({ openid: 'o', issuedAt: now })
    expect(signer.verify(signer.sign('o', now - maxAge + 1), now)).toEqual({ openid: 'o', issuedAt: now - maxAge + 1 })
    expect(signer.verify(signer.sign('o', now - maxAge), now)).toBeNull()
    expect(signer.verify(signer.sign('o', now + 1), now)).toBeNull()
  })

  it('takes only its own `<openid>.<issued>.<mac>`, with no part empty', () => {
    const signer = createSessionSigner()
    const value = signer.sign('o')
    const [encoded, issued, mac] = value.split('.')
    const otherMac = createSessionSigner().sign('o').split('.')[2]
    const refused = [
      undefined,
      '',
      `${value}.x`,
      `${encoded}.${issued}`,
      `${encoded}.${issued}.`,
      `${encoded}.${issued}.${otherMac}`,
      `${encoded}.${issued}.${mac.slice(1)}`,
      `${encoded}.${issued}.${mac}A`,
      signer.sign(''),
    ]
    expect(refused.map((cookie) => signer.verify(cookie))).toEqual(refused.map(() => null))
    expect(signer.verify(value)).toEqual({ openid: 'o', issuedAt: parseInt(issued, 36) })
  })
})

describe('the dev login stays on loopback', () => {
  let host: RunningHost | undefined
  let warn: jest.SpyInstance
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(async () => {
    warn.mockRestore()
    await host?.close()
  })

  it('is off when listening on every address, unless a flag turns it on with a loud warning', async () => {
    host = await startHost({ port: 0, host: '0.0.0.0', devLogin: true })
    const loopbackUrl = host.url.replace('0.0.0.0', '127.0.0.1')
    expect((await fetch(`${loopbackUrl}/dev/login`)).status).toBe(404)
    expect(warn.mock.calls.flat().join(' ')).toMatch(/Dev login is off/)
    await host.close()

    warn.mockClear()
    host = await startHost({ port: 0, host: '0.0.0.0', devLogin: true, remoteDevLogin: true })
    expect((await fetch(`${host.url.replace('0.0.0.0', '127.0.0.1')}/dev/login`)).status).toBe(200)
    expect(warn.mock.calls.flat().join(' ')).toMatch(/WARNING: the dev login is open on a non-loopback address/)
  })
})
