/**
 * The `scene` of the check-in 小程序码 (zod-free: the mini-program imports it).
 * WeChat allows 32 visible characters; an event id is 32 hex digits, so the id is
 * written in base64url (22 characters) followed by the 6-digit code: 28 in all.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const ID_CHARS = 22
const CODE_DIGITS = 6

/** The scene for an event id and code, or null when the id is not 32 hex digits (no short form). */
export const encodeCheckinScene = (eventId: string, code: string): string | null => {
  if (!/^[0-9a-f]{32}$/.test(eventId) || !/^\d{6}$/.test(code)) return null
  const hex = eventId + '0'
  let key = ''
  for (let i = 0; i < hex.length; i += 3) {
    const twelveBits = parseInt(hex.slice(i, i + 3), 16)
    key += ALPHABET[twelveBits >> 6] + ALPHABET[twelveBits & 63]
  }
  return key + code
}

/** The event id and code a scanned scene carries; null for anything this app did not make. */
export const decodeCheckinScene = (scene: string): { eventId: string; code: string } | null => {
  if (scene.length !== ID_CHARS + CODE_DIGITS) return null
  const key = scene.slice(0, ID_CHARS)
  const code = scene.slice(ID_CHARS)
  if (!/^\d{6}$/.test(code) || /[^A-Za-z0-9_-]/.test(key)) return null
  let hex = ''
  for (let i = 0; i < key.length; i += 2) {
    const twelveBits = (ALPHABET.indexOf(key[i]) << 6) | ALPHABET.indexOf(key[i + 1])
    hex += (0x1000 + twelveBits).toString(16).slice(1)
  }
  return hex.endsWith('0') ? { eventId: hex.slice(0, 32), code } : null
}
