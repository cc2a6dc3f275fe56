import { networkInterfaces } from 'node:os'
import type { NextFunction, Request, Response } from 'express'

/**
 * Guards in front of every route of the local host: it answers only to the
 * host names it listens for (so DNS rebinding cannot aim a web page at it),
 * refuses state-changing requests from another origin, and answers malformed
 * requests with a 4xx and a clear message instead of a crash.
 */

const LOOPBACK = ['localhost', '127.0.0.1', '::1']
const WILDCARD = ['0.0.0.0', '::', '']

export const isLoopback = (host: string): boolean => LOOPBACK.includes(host) || host.startsWith('127.')

const interfaceAddresses = (): string[] =>
  Object.values(networkInterfaces()).flatMap((addresses) => (addresses ?? []).map((address) => address.address))

/** Loopback names, the address listened on (every interface's address for a wildcard), and any extra names given. */
export const allowedHostNames = (listenHost: string, extra: readonly string[] = []): Set<string> =>
  new Set(
    [...LOOPBACK, ...(WILDCARD.includes(listenHost) ? interfaceAddresses() : [listenHost]), ...extra].map((name) =>
      name.toLowerCase(),
    ),
  )

const hostNameOf = (hostHeader: string | undefined): string | null => {
  try {
    return new URL(`http://${hostHeader ?? ''}`).hostname.replace(/^\[|\]$/g, '').toLowerCase() || null
  } catch {
    return null
  }
}

const refuse = (response: Response, status: number, code: string, message: string) =>
  void response.status(status).json({ ok: false, code, message })

export const hostGuard =
  (allowed: Set<string>) =>
  (request: Request, response: Response, next: NextFunction): void => {
    const name = hostNameOf(request.headers.host)
    if (name && allowed.has(name)) return next()
    refuse(response, 421, 'FORBIDDEN', '不接受的主机名：请通过 127.0.0.1 或启动时指定的地址访问')
  }

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS']

/**
 * A browser names the page behind every cross-site POST (`Origin`, and `Sec-Fetch-Site`);
 * a state-changing request must come from this host's own pages. Clients that are not
 * browsers (scripts, the benchmark) send neither and are let through.
 */
export const originGuard = (request: Request, response: Response, next: NextFunction): void => {
  if (SAFE_METHODS.includes(request.method)) return next()
  const { origin } = request.headers
  const site = request.headers['sec-fetch-site']
  const sameOrigin =
    origin === undefined ? site === undefined || site === 'same-origin' || site === 'none' : sameHost(origin, request)
  if (sameOrigin) return next()
  refuse(response, 403, 'FORBIDDEN', '拒绝来自其他网站的请求')
}

const sameHost = (origin: string, request: Request): boolean => {
  try {
    return new URL(origin).host === request.headers.host
  } catch {
    return false
  }
}

/** What to tell a client whose request body could not be read (body-parser's error types). */
const CLIENT_ERRORS: Record<string, string> = {
  'charset.unsupported': '请求的字符编码不支持，请使用 UTF-8',
  'encoding.unsupported': '请求的内容编码不支持，仅支持 gzip、deflate 或不压缩',
  'entity.too.large': '请求内容过大',
  'entity.parse.failed': '请求格式不正确：不是有效的 JSON',
  'request.aborted': '请求中断，请重试',
  'request.size.invalid': '请求长度与内容不符',
}

/** Client input never becomes a 500: any 4xx the body parsers raise is answered as such, with a Chinese message. */
export const errorHandler = (error: unknown, _request: Request, response: Response, _next: NextFunction): void => {
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = (typeof type === 'string' && CLIENT_ERRORS[type]) || '请求格式不正确，无法读取'
    return refuse(response, status, 'INVALID_INPUT', message)
  }
  console.error('Local host error', error)
  refuse(response, 500, 'INTERNAL', '服务器开小差了')
}
