import Taro from '@tarojs/taro'
import type { Envelope } from '@contract'
import type { Platform } from './platform-types'

/** The local host's dev login; it sets the session cookie and comes back. */
const LOGIN_URL = '/dev/login'
const LOCAL_PREFIX = 'local://'

/** HTTP 401 means no session; a body that is not JSON is a server failure. */
const parseEnvelope = async <T>(status: number, body: () => unknown): Promise<Envelope<T>> => {
  if (status === 401) return { ok: false, code: 'NO_SESSION', message: '登录已失效，请重新进入' }
  try {
    return (await body()) as Envelope<T>
  } catch {
    return { ok: false, code: 'INTERNAL', message: '服务器开小差了，请稍后再试' }
  }
}

export const platform: Platform = {
  async call(fn, body) {
    const res = await fetch('/api/' + fn, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return parseEnvelope(res.status, () => res.json())
  },

  async upload(filePath, folder, fileName) {
    const res = await Taro.uploadFile({ url: '/api/files', filePath, name: 'file', fileName, formData: { folder } })
    return parseEnvelope(res.statusCode, () => JSON.parse(res.data))
  },

  fileUrl: (fileID) =>
    fileID.startsWith(LOCAL_PREFIX) ? '/files/' + encodeURIComponent(fileID.slice(LOCAL_PREFIX.length)) : fileID,

  async openFile(fileID, fileName) {
    const link = document.createElement('a')
    link.href = platform.fileUrl(fileID)
    link.download = fileName ?? ''
    link.rel = 'noopener'
    document.body.appendChild(link)
    link.click()
    link.remove()
  },

  chooseFile(extensions) {
    // Taro's h5 chooseMessageFile is "permanently not supported": use a hidden file input.
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = extensions.map((ext) => '.' + ext).join(',')
      input.style.display = 'none'
      const finish = (file: File | null) => {
        input.remove()
        resolve(file && { path: URL.createObjectURL(file), name: file.name, size: file.size })
      }
      input.addEventListener('change', () => finish(input.files?.[0] ?? null))
      input.addEventListener('cancel', () => finish(null))
      document.body.appendChild(input)
      input.click()
    })
  },

  async pay(_payment, orderNo, back) {
    window.location.href = `/dev/pay?orderNo=${encodeURIComponent(orderNo)}&back=${encodeURIComponent(back)}`
    return 'left'
  },

  onNoSession() {
    window.location.href = LOGIN_URL
  },
}
