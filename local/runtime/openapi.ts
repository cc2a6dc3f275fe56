import cloud from 'wx-server-sdk'
import { toBuffer } from 'qrcode'

/** WeChat's rule for a 小程序码 scene: at most 32 of these characters. */
const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/

const openapiFailure = (errCode: number, errMsg: string) => Object.assign(new Error(errMsg), { errCode, errMsg })

/** The getUnlimited requests the local cloud answered, oldest first (tests count them). */
export const wxacodeRequests: { scene: string; page: string }[] = []

/**
 * Local stand-ins for the openapi calls the functions use: subscribe messages
 * land in the `outbox` collection (the host shows them at /dev/outbox);
 * wxacode.getUnlimited checks the request as WeChat does and answers with a plain
 * QR of `page?scene=..` (the local host itself shows h5 links instead).
 */
export const installLocalOpenApi = (): void => {
  const openapi = {
    subscribeMessage: {
      send: async (message: { touser: string; templateId: string; page?: string; data: unknown }) => {
        await cloud
          .database()
          .collection('outbox')
          .add({ data: { ...message, sentAt: new Date() } })
        return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }
      },
    },
    wxacode: {
      getUnlimited: async ({ scene, page }: { scene: string; page: string }) => {
        if (!SCENE.test(scene)) throw openapiFailure(40169, 'openapi.wxacode.getUnlimited:fail invalid scene')
        if (page.startsWith('/') || page.includes('?'))
          throw openapiFailure(41030, 'openapi.wxacode.getUnlimited:fail invalid page')
        wxacodeRequests.push({ scene, page })
        const buffer = await toBuffer(`${page}?scene=${scene}`, { margin: 1, width: 430 })
        return { contentType: 'image/png', buffer, errCode: 0, errMsg: 'openapi.wxacode.getUnlimited:ok' }
      },
    },
  }
  ;(cloud as unknown as { openapi: unknown }).openapi = openapi
}
