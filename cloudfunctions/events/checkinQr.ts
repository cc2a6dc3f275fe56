import cloud from 'wx-server-sdk'
import { encodeCheckinScene } from '../common/contract/checkinScene'
import { CHECKIN_PAGE } from '../common/contract/eventTypes'
import type { CheckinQrKind } from '../common/contract/events'

export interface CheckinQr {
  kind: CheckinQrKind
  /** PNG (or JPEG) data URL. */
  image: string
  /** What the code opens: the page with its scene, or the local URL. */
  path: string
}

/** The in-app path with both parameters, as the in-app scanner reads it. */
export const checkinPath = (eventId: string, code: string) => `${CHECKIN_PAGE}?eventId=${eventId}&code=${code}`

/** A plain QR code; `qrcode` is loaded only here, by the one action that draws. */
const plainQr = async (text: string): Promise<string> => {
  const { toDataURL } = await import('qrcode')
  return toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width: 480 })
}

const plain = async (kind: CheckinQrKind, path: string): Promise<CheckinQr> => ({
  kind,
  path,
  image: await plainQr(path),
})

/**
 * A 小程序码 (wxacode.getUnlimited) that WeChat's own 扫一扫 opens on the
 * check-in page with `scene` = short event key + code. If WeChat refuses (page not
 * yet released, frequency limit), the screen falls back to a plain in-app QR and says so.
 */
const miniProgramCode = async (eventId: string, code: string, scene: string): Promise<CheckinQr> => {
  try {
    const { buffer, contentType } = (await cloud.openapi.wxacode.getUnlimited({
      scene,
      page: CHECKIN_PAGE,
      checkPath: false,
      envVersion: process.env.WXACODE_ENV_VERSION || 'release',
      width: 430,
    })) as { buffer: Buffer; contentType?: string }
    const image = `data:${contentType || 'image/png'};base64,${Buffer.from(buffer).toString('base64')}`
    return { kind: 'wxacode', path: `${CHECKIN_PAGE}?scene=${scene}`, image }
  } catch (error) {
    console.error('wxacode.getUnlimited failed', error)
    return plain('inApp', checkinPath(eventId, code))
  }
}

const draw = (eventId: string, code: string): Promise<CheckinQr> => {
  // The local host serves the h5 app: the QR opens the same page in a browser.
  const localAppUrl = process.env.LOCAL_APP_URL
  if (localAppUrl) return plain('link', `${localAppUrl.replace(/\/?$/, '/')}#/${checkinPath(eventId, code)}`)
  const scene = encodeCheckinScene(eventId, code)
  return scene ? miniProgramCode(eventId, code, scene) : plain('inApp', checkinPath(eventId, code))
}

/** One image per event and 20-second slot per function instance: every screen of the room shares it. */
const drawn = new Map<string, { slot: number; qr: Promise<CheckinQr> }>()

/**
 * The QR image for an event's current code. getUnlimited allows 5000 calls a
 * minute per mini-program; cached per slot, an open check-in costs at most 3 calls
 * a minute per warm instance, however many screens poll it.
 */
export const checkinQr = (eventId: string, code: string, slot: number): Promise<CheckinQr> => {
  const cached = drawn.get(eventId)
  if (cached && cached.slot === slot) return cached.qr
  const qr = draw(eventId, code)
  qr.catch(() => drawn.delete(eventId))
  drawn.set(eventId, { slot, qr })
  return qr
}
