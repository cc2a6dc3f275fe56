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
    return { ok: true, data: { fileID: res.fileID } }
  },

  fileUrl: (fileID) => fileID,

  async openFile(fileID) {
    const { tempFilePath } = await cloud().downloadFile({ fileID })
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

  onNoSession() {},
}
