import Busboy from 'busboy'
import type { Request } from 'express'
import { MAX_UPLOAD_BYTES } from '../../cloudfunctions/common/fileTypes'

export class UploadError extends Error {}

export interface ReceivedFile {
  name: string
  content: Buffer
}

/**
 * Reads the `file` field of a multipart upload, as `Taro.uploadFile` sends it. Busboy stops a file
 * when it reaches its limit, so the limit is one byte over the largest allowed size: exactly
 * MAX_UPLOAD_BYTES arrives whole, anything longer is refused.
 */
export const receiveUpload = (request: Request): Promise<ReceivedFile> =>
  new Promise((resolve, reject) => {
    let busboy: Busboy.Busboy
    try {
      busboy = Busboy({ headers: request.headers, limits: { files: 1, fileSize: MAX_UPLOAD_BYTES + 1 } })
    } catch {
      reject(new UploadError('上传格式不正确'))
      return
    }
    let received: Promise<ReceivedFile | null> | null = null
    busboy.on('file', (_field, stream, info) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      received = new Promise((done) =>
        stream.on('end', () =>
          done(stream.truncated ? null : { name: info.filename ?? 'file', content: Buffer.concat(chunks) }),
        ),
      )
    })
    busboy.on('close', () => {
      if (!received) return reject(new UploadError('没有收到文件'))
      void received.then((file) => (file ? resolve(file) : reject(new UploadError('文件不能超过 10 MB'))))
    })
    busboy.on('error', () => reject(new UploadError('上传中断，请重试')))
    request.pipe(busboy)
  })
