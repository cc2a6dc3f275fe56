import Taro from '@tarojs/taro'
import type { Envelope } from '@contract'
import type { Platform } from './platform-types'

let cloudReady = false

/** `wx.cloud.init` once, on first use. */
const cloud = () => {
  if (!cloudReady) {
    Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
    cloudReady = true
  }
  return Taro.cloud
}

const extensionOf = (name: string) => /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0].toLowerCase() ?? ''

const isCancel = (error: unknown) => /cancel/i.test((error as { errMsg?: string })?.errMsg ?? '')

export const platform: Platform = {
  async call(fn, body) {
    const res = await cloud().callFunction({ name: fn, data: body })
    return res.result as Envelope<unknown>
  },

  async upload(filePath, folder, fileName) {
    const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`
    const cloudPath = `${folder}/${unique}${extensionOf(fileName) || extensionOf(filePath)}`
    const res = await cloud().uploadFile({ cloudPath, filePath })
    // The files function checks the uploader and the content, records the owner, deletes a refused file.
    const body = { action: 'registerUpload', payload: { fileID: res.fileID, name: fileName } }
    return (await platform.call('files', body)) as Envelope<{ fileID: string }>
  },

  fileUrl: (fileID) => fileID,

  async openFile(fileID) {
    // Storage is private: a short-lived link, handed out after the same check the local host makes.
    const links = (await platform.call('files', { action: 'fileLinks', payload: { fileIDs: [fileID] } })) as Envelope<
      { url: string }[]
    >
    if (!links.ok || !links.data[0]) throw new Error(links.ok ? 'no link' : links.message)
    const { tempFilePath } = await Taro.downloadFile({ url: links.data[0].url })
    await Taro.openDocument({ filePath: tempFilePath, showMenu: true })
  },

  async chooseFile(extensions) {
    try {
      const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions })
      const file = res.tempFiles[0]
      return file ? { path: file.path, name: file.name, size: file.size } : null
    } catch (error) {
      if (isCancel(error)) return null
      throw error
    }
  },

  async pay(payment) {
    if (!payment) return 'cancelled'
    try {
      await Taro.requestPayment({ ...payment, signType: payment.signType as 'MD5' })
      return 'paid'
    } catch (error) {
      if (isCancel(error)) return 'cancelled'
      throw error
    }
  },

  onNoSession() {},
}
