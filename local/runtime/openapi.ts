import cloud from 'wx-server-sdk'

/** WeChat's "user has not subscribed" error, as the real openapi raises it. */
export class OpenApiError extends Error {
  constructor(
    readonly errCode: number,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Local stand-ins for the openapi calls the functions use: subscribe messages
 * land in the `outbox` collection (the host shows them at /dev/outbox), and
 * 小程序码 are unavailable, so callers fall back to a plain QR code.
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
      getUnlimited: async () => {
        throw new OpenApiError(-604101, 'openapi.wxacode.getUnlimited:fail 本地环境不支持小程序码')
      },
    },
  }
  ;(cloud as unknown as { openapi: unknown }).openapi = openapi
}
