import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import express from 'express'
import type { LocalCloud } from '../runtime'
import { renderLoginPage, renderOutboxPage } from './devPages'
import { mountDevPay } from './devPay'
import { mountFiles } from './files'
import { errorHandler, hostGuard, originGuard } from './guards'
import { clearSessionCookie, sessionOpenid, setSessionCookie, type SessionSigner } from './session'

export interface HostOptions {
  cloud: LocalCloud
  signer: SessionSigner
  /** The built h5 app; omitted: API only. */
  staticDir?: string
  /** The dev login page exists only in local mode (and only on loopback unless explicitly allowed). */
  devLogin: boolean
  /** Host names this host answers to (guards.ts `allowedHostNames`). */
  allowedHosts: Set<string>
}

const noSession = { ok: false, code: 'NO_SESSION', message: '登录已失效，请重新进入' }

/** The local host: `POST /api/<function>` as the signed-in WeChat user, uploads, files, the h5 app and dev pages. */
export const createHostApp = ({ cloud, signer, staticDir, devLogin, allowedHosts }: HostOptions): express.Express => {
  const app = express()
  app.disable('x-powered-by')
  // `Secure` cookies when a TLS proxy on this machine says the request came over https.
  app.set('trust proxy', 'loopback')
  app.use(hostGuard(allowedHosts), originGuard)
  const openidOf = (request: express.Request, response: express.Response) => sessionOpenid(signer, request, response)

  mountFiles(app, cloud, openidOf)
  app.post('/api/:fn', express.json({ limit: '1mb', strict: false }), async (request, response) => {
    const openid = openidOf(request, response)
    if (!openid) return void response.status(401).json(noSession)
    response.json(await cloud.call(request.params.fn, request.body, openid))
  })

  if (devLogin) mountDevPages(app, signer)
  mountDevPay(app, cloud, openidOf)
  if (staticDir && existsSync(staticDir)) {
    app.use(express.static(staticDir, { index: 'index.html' }))
    app.get('/', (_request, response) => response.sendFile(join(staticDir, 'index.html')))
  }
  app.use(errorHandler)
  return app
}

const mountDevPages = (app: express.Express, signer: SessionSigner) => {
  app.get('/dev/login', async (_request, response) => void response.type('html').send(await renderLoginPage()))
  app.post('/dev/login', express.urlencoded({ extended: false, limit: '4kb' }), (request, response) => {
    const chosen = typeof request.body?.openid === 'string' ? request.body.openid.slice(0, 64) : ''
    if (!chosen) return void response.status(400).send('请选择用户')
    const openid = chosen === 'new' ? `new-${randomBytes(8).toString('hex')}` : chosen
    setSessionCookie(request, response, signer.sign(openid))
    response.redirect(303, '/')
  })
  app.get('/dev/logout', (request, response) => {
    clearSessionCookie(request, response)
    response.redirect(303, '/dev/login')
  })
  app.get('/dev/outbox', async (_request, response) => void response.type('html').send(await renderOutboxPage()))
}
