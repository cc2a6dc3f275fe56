/**
 * A small HTTP client for the burst: plain node:http with a keep-alive pool of
 * as many sockets as there are concurrent clients (what 200 phones would hold
 * open), so the client side costs as little CPU as possible.
 */
import { Agent, request } from 'node:http'

export interface HostClient {
  /** POST /api/<fn> with the member's cookie; resolves with the envelope (or the failure). */
  call(fn: string, body: unknown, cookie: string): Promise<CallOutcome>
  /** Signs in through the dev login page and returns the session cookie. */
  login(openid: string): Promise<string>
  close(): void
}

export interface CallOutcome {
  ok: boolean
  data?: unknown
  code?: string
  ms: number
}

export const hostClient = (baseUrl: string, sockets: number): HostClient => {
  const url = new URL(baseUrl)
  const agent = new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets })
  const send = (path: string, body: string, headers: Record<string, string>) =>
    new Promise<{ status: number; text: string; headers: Record<string, unknown> }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path, method: 'POST', agent, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString(),
            headers: response.headers,
          }),
        )
        response.on('error', reject)
      })
      req.on('error', reject)
      req.end(body)
    })

  return {
    async call(fn, body, cookie) {
      const started = performance.now()
      try {
        const text = JSON.stringify(body)
        const response = await send(`/api/${fn}`, text, {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(text)),
          cookie,
        })
        const ms = performance.now() - started
        const envelope = JSON.parse(response.text) as { ok: boolean; data?: unknown; code?: string }
        return { ...envelope, ms }
      } catch (error) {
        return { ok: false, code: `HTTP:${(error as Error).message}`, ms: performance.now() - started }
      }
    },
    async login(openid) {
      const body = `openid=${encodeURIComponent(openid)}`
      const response = await send('/dev/login', body, {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(body)),
      })
      const header = response.headers['set-cookie']
      const cookie = (Array.isArray(header) ? header[0] : String(header ?? '')).split(';')[0]
      if (!cookie) throw new Error(`dev login failed for ${openid}: HTTP ${response.status}`)
      return cookie
    },
    close: () => agent.destroy(),
  }
}
