import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { parseCookie, stringifySetCookie } from 'cookie'
import type { Request, Response } from 'express'

/**
 * The local stand-in for the WeChat context: a cookie carrying the OPENID and
 * the time it was issued, signed with HMAC-SHA256 so a browser can neither
 * become someone else nor keep a session past its age by editing it.
 */
export const SESSION_COOKIE = 'zb_session'
/** A session lasts 30 days from its last renewal. */
export const SESSION_MAX_AGE_S = 30 * 24 * 3600
/** A session older than a day is renewed by the next request that uses it. */
const RENEW_AFTER_MS = 24 * 3600 * 1000

export interface Session {
  openid: string
  issuedAt: number
}

export interface SessionSigner {
  sign(openid: string, issuedAt?: number): string
  /** The session a cookie value carries, if this host signed it and it has not expired at `now`. */
  verify(value: string | undefined, now?: number): Session | null
}

export const createSessionSigner = (secret: Buffer = randomBytes(32)): SessionSigner => {
  const mac = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url')
  return {
    sign: (openid, issuedAt = Date.now()) => {
      const payload = `${Buffer.from(openid).toString('base64url')}.${issuedAt.toString(36)}`
      return `${payload}.${mac(payload)}`
    },
    verify(value, now = Date.now()) {
      // Exactly `<openid>.<issued>.<mac>`: a cookie with anything appended is not one this host issued.
      const parts = (value ?? '').split('.')
      if (parts.length !== 3 || parts.some((part) => !part)) return null
      const [encoded, issued, signature] = parts
      const expected = Buffer.from(mac(`${encoded}.${issued}`))
      const given = Buffer.from(signature)
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
      const issuedAt = parseInt(issued, 36)
      if (!(issuedAt <= now && now - issuedAt < SESSION_MAX_AGE_S * 1000)) return null
      return { openid: Buffer.from(encoded, 'base64url').toString('utf8'), issuedAt }
    },
  }
}

/** HttpOnly, SameSite=Lax, 30 days; `Secure` whenever the request came over https (directly or via a local proxy). */
export const setSessionCookie = (request: Request, response: Response, value: string, maxAge = SESSION_MAX_AGE_S) =>
  response.append(
    'set-cookie',
    stringifySetCookie(SESSION_COOKIE, value, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: request.secure,
      maxAge,
    }),
  )

export const clearSessionCookie = (request: Request, response: Response) => setSessionCookie(request, response, '', 0)

/** The signed-in OPENID, renewing the cookie for another 30 days once it is a day old; null without a valid session. */
export const sessionOpenid = (signer: SessionSigner, request: Request, response: Response): string | null => {
  const session = signer.verify(parseCookie(request.headers.cookie ?? '')[SESSION_COOKIE])
  if (!session) return null
  if (Date.now() - session.issuedAt > RENEW_AFTER_MS) setSessionCookie(request, response, signer.sign(session.openid))
  return session.openid
}
