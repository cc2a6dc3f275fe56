import cloud from 'wx-server-sdk'

/**
 * The local stand-in for the one openapi call the functions use: subscribe
 * messages land in the `outbox` collection (the host shows them at /dev/outbox).
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
  }
  ;(cloud as unknown as { openapi: unknown }).openapi = openapi
}
