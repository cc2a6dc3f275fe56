import Busboy from 'busboy'
import type { Request } from 'express'
import type { LocalFiles } from '../runtime/storage'

/** The largest file the local host stores; use cases apply their own, smaller limits by kind. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export class UploadError extends Error {}

/** Stores the `file` field of a multipart upload, as `Taro.uploadFile` sends it; resolves its local file id. */
export const receiveUpload = (request: Request, files: LocalFiles): Promise<string> =>
  new Promise((resolve, reject) => {
    let busboy: Busboy.Busboy
    try {
      busboy = Busboy({ headers: request.headers, limits: { files: 1, fileSize: MAX_UPLOAD_BYTES } })
    } catch {
      reject(new UploadError('上传格式不正确'))
      return
    }
    let saved: Promise<string> | null = null
    busboy.on('file', (_field, stream, info) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('limit', () => reject(new UploadError('文件不能超过 10 MB')))
      // A truncated (over-limit) file is rejected above and never stored.
      saved = new Promise((done) =>
        stream.on('end', () =>
          done(stream.truncated ? '' : files.save(Buffer.concat(chunks), info.filename ?? 'file')),
        ),
      )
    })
    busboy.on('close', () => (saved ? saved.then(resolve) : reject(new UploadError('没有收到文件'))))
    busboy.on('error', () => reject(new UploadError('上传中断，请重试')))
    request.pipe(busboy)
  })
