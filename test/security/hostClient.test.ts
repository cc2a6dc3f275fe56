/**
 * The raw client survives a server that answers an upload early and resets the connection while the
 * body is still being written (what the host does to an oversized upload, and what a mutated host
 * may do to any): the answer is resolved and the late write error does not crash the process.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { RunningHost } from '../../local/host/start'
import { send } from './hostClient'

const listen = (server: Server) =>
  new Promise<RunningHost>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` } as RunningHost),
    ),
  )

describe('hostClient.send', () => {
  it('resolves a 413 answered mid-upload and swallows the reset that follows', async () => {
    const uncaught: Error[] = []
    const onUncaught = (error: Error) => uncaught.push(error)
    process.on('uncaughtException', onUncaught)
    let reset: Promise<unknown> = Promise.resolve()
    const server = createServer((request, response) => {
      response.writeHead(413).end('too big')
      reset = new Promise((resolve) => request.socket.on('close', resolve))
      setTimeout(() => request.socket.destroy(), 5)
    })
    try {
      const host = await listen(server)
      const answer = await send(host, 'POST', '/api/files', {}, Buffer.alloc(20 * 1024 * 1024))
      expect(answer.status).toBe(413)
      // Stay until the client has seen the reset: its write error comes after the answer.
      await reset
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(uncaught).toEqual([])
    } finally {
      process.off('uncaughtException', onUncaught)
      server.close()
    }
  })
})
