import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { extname, join } from 'node:path'
import express, { type NextFunction, type Request, type Response } from 'express'
import type { LocalCloud } from '../runtime'
import { renderLoginPage, renderOutboxPage } from './devPages'
import { SESSION_COOKIE, readCookie, type SessionSigner } from './session'
import { UploadError, receiveUpload } from './uploads'

export interface HostOptions {
  cloud: LocalCloud
  signer: SessionSigner
  /** The built h5 app; omitted: API only. */
  staticDir?: string
  /** The dev login page exists only in local mode. */
  devLogin: boolean
}

const noSession = { ok: false, code: 'NO_SESSION', message: '登录已失效，请重新进入' }

const sessionCookie = (value: string) => `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax`

/** The local host: `POST /api/<function>` as the signed-in WeChat user, uploads, files, the h5 app and dev pages. */
export const createHostApp = ({ cloud, signer, staticDir, devLogin }: HostOptions): express.Express => {
  const app = express()
  app.disable('x-powered-by')
  const openidOf = (request: Request) => signer.verify(readCookie(request.headers.cookie, SESSION_COOKIE))

  app.post('/api/files', async (request, response) => {
    if (!openidOf(request)) return void response.status(401).json(noSession)
    try {
      response.json({ ok: true, data: { fileID: await receiveUpload(request, cloud.files) } })
    } catch (error) {
      const message = error instanceof UploadError ? error.message : '上传失败，请重试'
      response.status(400).json({ ok: false, code: 'INVALID_INPUT', message })
    }
  })

  app.post('/api/:fn', express.json({ limit: '1mb', strict: false }), async (request, response) => {
    const openid = openidOf(request)
    if (!openid) return void response.status(401).json(noSession)
    response.json(await cloud.call(request.params.fn, request.body, openid))
  })

  app.get('/files/:name', (request, response) => {
    if (!openidOf(request)) return void response.status(401).send('请先登录')
    const content = cloud.files.get(request.params.name)
    if (!content) return void response.status(404).send('文件不存在')
    response.type(extname(request.params.name) || 'application/octet-stream')
    response.setHeader('cache-control', 'private, max-age=3600')
    response.send(content)
  })

  if (devLogin) mountDevPages(app, signer)
  if (staticDir && existsSync(staticDir)) {
    app.use(express.static(staticDir, { index: 'index.html' }))
    app.get('/', (_request, response) => response.sendFile(join(staticDir, 'index.html')))
  }

  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    const malformed = error instanceof SyntaxError || (error as { type?: string }).type === 'entity.too.large'
    if (!malformed) console.error('Local host error', error)
    response.status(malformed ? 400 : 500).json({
      ok: false,
      code: malformed ? 'INVALID_INPUT' : 'INTERNAL',
      message: malformed ? '请求格式不正确' : '服务器开小差了',
    })
  })
  return app
}

const mountDevPages = (app: express.Express, signer: SessionSigner) => {
  app.get('/dev/login', async (_request, response) => void response.type('html').send(await renderLoginPage()))
  app.post('/dev/login', express.urlencoded({ extended: false, limit: '4kb' }), (request, response) => {
    const chosen = typeof request.body?.openid === 'string' ? request.body.openid.slice(0, 64) : ''
    if (!chosen) return void response.status(400).send('请选择用户')
    const openid = chosen === 'new' ? `new-${randomBytes(8).toString('hex')}` : chosen
    response.setHeader('set-cookie', sessionCookie(signer.sign(openid)))
    response.redirect(303, '/')
  })
  app.get('/dev/logout', (_request, response) => {
    response.setHeader('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`)
    response.redirect(303, '/dev/login')
  })
  app.get('/dev/outbox', async (_request, response) => void response.type('html').send(await renderOutboxPage()))
}
