import type { Express, Request, Response } from 'express'
import { resolveCaller } from '../../cloudfunctions/common/caller'
import { AppError } from '../../cloudfunctions/common/errors'
import { acceptUpload, assertUploader, readableFile, recordFile } from '../../cloudfunctions/common/fileAccess'
import { openDatabase } from '../../cloudfunctions/common/handler'
import type { LocalCloud } from '../runtime'
import { LOCAL_FILE_PREFIX } from '../runtime/storage'
import { UploadError, receiveUpload } from './uploads'

/**
 * Uploads and files of the local host, under the shared file rule
 * (cloudfunctions/common/fileAccess.ts): only bound, active members upload,
 * only allowed types (by content); a file is served only to those who may
 * read it, with nosniff, a CSP that runs nothing, images inline and
 * everything else as a download.
 */
export const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"

const failure = (response: Response, status: number, code: string, message: string) =>
  void response.status(status).json({ ok: false, code, message })

const STATUS_OF: Record<string, number> = { NOT_BOUND: 403, FORBIDDEN: 403 }

const upload = async (cloud: LocalCloud, openid: string, request: Request, response: Response) => {
  const db = openDatabase()
  const caller = await resolveCaller(db, openid)
  try {
    assertUploader(caller)
    const { name, content } = await receiveUpload(request)
    const type = acceptUpload(caller, name, content)
    const fileID = cloud.files.save(content, name)
    const ownerId = caller.member?._id ?? ''
    await recordFile(db, { fileID, ownerId, name, type, size: content.length, now: new Date() })
    response.json({ ok: true, data: { fileID } })
  } catch (error) {
    if (error instanceof AppError) return failure(response, STATUS_OF[error.code] ?? 400, error.code, error.message)
    const message = error instanceof UploadError ? error.message : '上传失败，请重试'
    failure(response, 400, 'INVALID_INPUT', message)
  }
}

const serve = async (cloud: LocalCloud, openid: string, request: Request, response: Response) => {
  const db = openDatabase()
  const { name } = request.params
  const file = await readableFile(db, await resolveCaller(db, openid), LOCAL_FILE_PREFIX + name, new Date())
  const content = file && cloud.files.get(name)
  if (!file || !content) return void response.status(404).type('text/plain').send('文件不存在')
  response.set({
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': FILE_CSP,
    'Cache-Control': 'private, no-store',
  })
  if (file.inline) response.set('Content-Disposition', 'inline')
  else response.attachment(file.name.split('/').pop())
  response.type(file.mime).send(content)
}

type Openid = (request: Request, response: Response) => string | null

export const mountFiles = (app: Express, cloud: LocalCloud, openidOf: Openid): void => {
  app.post('/api/files', (request, response, next) => {
    const openid = openidOf(request, response)
    if (!openid) return failure(response, 401, 'NO_SESSION', '登录已失效，请重新进入')
    upload(cloud, openid, request, response).catch(next)
  })
  app.get('/files/:name', (request, response, next) => {
    const openid = openidOf(request, response)
    if (!openid) return void response.status(401).type('text/plain').send('请先登录')
    serve(cloud, openid, request, response).catch(next)
  })
}
