/** A raw HTTP client for the local host, so tests control every header (Host, Origin, encodings). */
import { request } from 'node:http'
import { SESSION_COOKIE } from '../../local/host/session'
import type { RunningHost } from '../../local/host/start'

export interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
  json(): { ok: boolean; code?: string; message?: string; data?: unknown }
}

export const send = (
  host: RunningHost,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Buffer | string,
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const url = new URL(path, host.url)
    const outgoing = request(
      { method, hostname: '127.0.0.1', port: url.port, path: url.pathname + url.search, headers },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const all = Buffer.concat(chunks)
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: all,
            json: () => JSON.parse(all.toString('utf8')),
          })
        })
      },
    )
    outgoing.on('error', reject)
    // A server may answer (413) and reset while the body is still being written: after the answer the
    // socket no longer reports to the request, and an unheard write error would crash the process.
    outgoing.on('socket', (socket) => socket.on('error', reject))
    outgoing.end(body)
  })

export const setCookieOf = (answer: Answer): string => {
  const header = answer.headers['set-cookie']
  return (Array.isArray(header) ? header.join('\n') : (header ?? '')) as string
}

/** Signs in through the dev login; resolves the `zb_session=...` cookie pair. */
export const login = async (host: RunningHost, openid: string): Promise<string> => {
  const answer = await send(
    host,
    'POST',
    '/dev/login',
    { 'content-type': 'application/x-www-form-urlencoded' },
    new URLSearchParams({ openid }).toString(),
  )
  if (answer.status !== 303) throw new Error(`dev login failed: ${answer.status}`)
  const pair = setCookieOf(answer).split(';')[0]
  if (!pair.startsWith(`${SESSION_COOKIE}=`)) throw new Error('dev login set no session cookie')
  return pair
}

/** A multipart body with one `file` field, as `Taro.uploadFile` sends it. */
export const multipart = (name: string, content: Buffer): { headers: Record<string, string>; body: Buffer } => {
  const boundary = '----zhibu-test-boundary'
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body }
}

export const uploadVia = async (host: RunningHost, cookie: string | null, name: string, content: Buffer) => {
  const { headers, body } = multipart(name, content)
  return send(host, 'POST', '/api/files', { ...headers, ...(cookie ? { cookie } : {}) }, body)
}

/** Small valid files of each kind the tests need. */
export const samples = {
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]),
  pdf: Buffer.from('%PDF-1.4\n%test document\n'),
  html: Buffer.from('<!doctype html><script>alert(document.cookie)</script>'),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
}
