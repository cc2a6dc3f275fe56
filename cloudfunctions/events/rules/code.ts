import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { CODE_SLOT_SECONDS } from '../../common/contract/eventTypes'

/**
 * The rotating check-in code: 6 digits from HMAC-SHA256(event secret, slot),
 * where a slot is a 20-second step of the server clock. The secret never leaves
 * the server, so a code can only be read off the secretary's screen.
 */
const SLOT_MS = CODE_SLOT_SECONDS * 1000

export const newEventSecret = (): string => randomBytes(32).toString('hex')

export const slotAt = (now: Date): number => Math.floor(now.getTime() / SLOT_MS)

export const slotEndsAt = (slot: number): Date => new Date((slot + 1) * SLOT_MS)

/** RFC 4226-style dynamic truncation of the HMAC to 6 decimal digits. */
export const codeForSlot = (secret: string, slot: number): string => {
  const mac = createHmac('sha256', Buffer.from(secret, 'hex')).update(String(slot)).digest()
  const offset = mac[mac.length - 1] & 0x0f
  const value = mac.readUInt32BE(offset) & 0x7fffffff
  return String(value % 1_000_000).padStart(6, '0')
}

const sameCode = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * The current and the previous slot are accepted, so a member who reads the
 * code just before it changes still gets in; anything older (a screenshot
 * forwarded a minute later) or forged is refused.
 */
export const acceptsCode = (secret: string, code: string, now: Date): boolean => {
  const slot = slotAt(now)
  // Both comparisons always run, so timing does not tell which slot matched.
  const current = sameCode(codeForSlot(secret, slot), code)
  const previous = sameCode(codeForSlot(secret, slot - 1), code)
  return current || previous
}
