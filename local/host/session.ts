import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * The local stand-in for the WeChat context: a cookie carrying the OPENID,
 * signed with HMAC-SHA256 so a browser cannot become someone else by editing it.
 */
export const SESSION_COOKIE = 'zb_session'

export interface SessionSigner {
  sign(openid: string): string
  verify(value: string | undefined): string | null
}

export const createSessionSigner = (secret: Buffer = randomBytes(32)): SessionSigner => {
  const mac = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url')
  return {
    sign: (openid) => `${Buffer.from(openid).toString('base64url')}.${mac(openid)}`,
    verify(value) {
      // Exactly `<openid>.<mac>`: a cookie with anything appended is not one this host issued.
      const parts = (value ?? '').split('.')
      if (parts.length !== 2) return null
      const [encoded, signature] = parts
      if (!encoded || !signature) return null
      const openid = Buffer.from(encoded, 'base64url').toString('utf8')
      const expected = Buffer.from(mac(openid))
      const given = Buffer.from(signature)
      return given.length === expected.length && timingSafeEqual(given, expected) ? openid : null
    },
  }
}

export const readCookie = (header: string | undefined, name: string): string | undefined =>
  (header ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1]
